import type { BillingCustomer, DbTx, Subscription } from "@baseplate/db";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { endSubscriptionCredits } from "../credits/services/credit-ledger.service.js";
import { LIVE_SUBSCRIPTION_STATUSES } from "../customers/billing-customer.repository.js";
import { isRestricted } from "../customers/billing-state.service.js";
import { FREE_PLAN_ID } from "../platform-app.js";

const isLive = (sub: Subscription) => (LIVE_SUBSCRIPTION_STATUSES as readonly string[]).includes(sub.status);

/** The one subscription that counts (the oldest live one); any other live one is a duplicate to cancel. */
export function splitLive(subscriptions: Subscription[]): {
  keeper: Subscription | null;
  duplicates: Subscription[];
} {
  const live = subscriptions
    .filter(isLive)
    .sort(
      (a, b) =>
        a.currentPeriodStart.getTime() - b.currentPeriodStart.getTime() ||
        a.createdAt.getTime() - b.createdAt.getTime(),
    );
  return { keeper: live[0] ?? null, duplicates: live.slice(1) };
}

/**
 * Projects the subscription onto the tenant's plan: a live subscription (past_due only within the
 * grace period) gives its plan; without one, a paid plan falls back to Free — unless billing is
 * waived, or the plan was assigned free of charge. An ended subscription's credits follow its plan's
 * policy: `reset` ones expire, `accrue` ones stay.
 */
export async function applyPlan(
  tx: DbTx,
  customer: BillingCustomer,
  subscriptions: Subscription[],
  keeper: Subscription | null,
  options: { now: Date; graceDays: number; changes: string[] },
): Promise<void> {
  if (!customer.tenantId) return;
  const tenant = await tx.tenant.findUniqueOrThrow({
    where: { id: customer.tenantId },
    include: { plan: true },
  });
  const usable =
    keeper &&
    !(keeper.status === "past_due" && isRestricted(keeper.pastDueSince, options.now, options.graceDays));
  let target = tenant.planId;
  if (usable && keeper.planId) target = keeper.planId;
  else if (!usable && !customer.billingWaived && tenant.plan.monthlyPriceCents > 0) target = FREE_PLAN_ID;

  if (!keeper) {
    for (const ended of subscriptions.filter((sub) => sub.status === "canceled" && sub.planId)) {
      const plan = await tx.plan.findUnique({ where: { id: ended.planId ?? "" } });
      if (!plan) continue;
      const result = await endSubscriptionCredits(tx, {
        customerId: customer.id,
        policy: plan.creditResetPolicy,
        causeId: ended.stripeSubscriptionId,
        description: `${plan.name} ended: subscription credits ${plan.creditResetPolicy === "reset" ? "expired" : "kept"}`,
      });
      if (result.applied)
        options.changes.push(
          `subscription ${ended.stripeSubscriptionId} ended: credits per ${plan.creditResetPolicy}`,
        );
    }
  }
  if (target === tenant.planId) return;
  await tx.tenant.update({ where: { id: tenant.id }, data: { planId: target } });
  const plan = await tx.plan.findUniqueOrThrow({ where: { id: target } });
  options.changes.push(`plan ${tenant.plan.name} → ${plan.name}`);
  await writeAudit(tx, {
    action: "billing.plan_changed",
    tenantId: tenant.id,
    message: `Plan changed from ${tenant.plan.name} to ${plan.name} (synced from Stripe)`,
    metadata: { from: tenant.planId, to: target, subscription: keeper?.stripeSubscriptionId ?? null },
  });
}
