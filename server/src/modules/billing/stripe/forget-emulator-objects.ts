import type { AppDeps } from "../../../app-deps.js";
import { FREE_PLAN_ID } from "../platform-app.js";

/**
 * The built-in emulator keeps its objects in memory, and the database outlives it: after a restart,
 * saved Stripe ids point at nothing. Test-mode subscriptions of the previous run end (their tenants
 * go back to Free, unless billing is waived) and every link is forgotten, so the next checkout starts
 * clean. Never runs against real Stripe.
 */
export async function forgetEmulatorObjects(deps: AppDeps): Promise<void> {
  if (deps.stripe.mode !== "emulator") return;
  const ended = await deps.db.$transaction(async (tx) => {
    const stale = await tx.billingCustomer.findMany({
      where: { stripeCustomerId: { not: null } },
      select: { id: true, tenantId: true, billingWaived: true },
    });
    if (stale.length === 0) return 0;
    await tx.subscription.updateMany({
      where: { status: { in: ["trialing", "active", "past_due", "incomplete", "unpaid"] } },
      data: { status: "canceled", endedAt: deps.clock.now() },
    });
    const tenantIds = stale.filter((c) => !c.billingWaived && c.tenantId).map((c) => c.tenantId as string);
    await tx.tenant.updateMany({
      where: { id: { in: tenantIds }, plan: { monthlyPriceCents: { gt: 0 } } },
      data: { planId: FREE_PLAN_ID },
    });
    await tx.billingCustomer.updateMany({
      data: { stripeCustomerId: null, syncLeaseUntil: null, syncRequested: false },
    });
    await tx.stripeLink.deleteMany();
    return stale.length;
  });
  if (ended > 0)
    deps.log.warn(
      { customers: ended },
      "the Stripe emulator starts empty: test-mode subscriptions of the previous run ended",
    );
}
