import type { BillingCustomer } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { PLATFORM_APP_ID } from "../platform-app.js";
import { requireStripe } from "../stripe/stripe-client.js";
import { META } from "../stripe/stripe-metadata.js";
import { ensurePlatformCustomer } from "./billing-customer.repository.js";

/**
 * The tenant's customer, with its Stripe customer created on first need. Our row exists (and is
 * committed) before Stripe is called, and the Stripe customer carries its id in metadata: an event
 * that arrives before we saved the Stripe id still finds us. The idempotency key makes parallel
 * callers get one Stripe customer; the conditional update keeps the first id saved.
 */
export async function ensureStripeCustomer(
  deps: AppDeps,
  tenantId: string,
): Promise<BillingCustomer & { stripeCustomerId: string }> {
  const customer = await ensurePlatformCustomer(deps.db, tenantId);
  if (customer.stripeCustomerId) return { ...customer, stripeCustomerId: customer.stripeCustomerId };
  const tenant = await deps.db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true } });
  const owner = await deps.db.membership.findFirst({
    where: { tenantId, role: "owner" },
    select: { user: { select: { email: true } } },
  });
  const created = await requireStripe(deps).customers.create(
    {
      name: tenant.name,
      ...(owner ? { email: owner.user.email } : {}),
      metadata: { [META.app]: PLATFORM_APP_ID, [META.customer]: customer.id, baseplate_tenant_id: tenantId },
    },
    { idempotencyKey: `customer:${customer.id}` },
  );
  await deps.db.billingCustomer.updateMany({
    where: { id: customer.id, stripeCustomerId: null },
    data: { stripeCustomerId: created.id },
  });
  const saved = await deps.db.billingCustomer.findUniqueOrThrow({ where: { id: customer.id } });
  return { ...saved, stripeCustomerId: saved.stripeCustomerId ?? created.id };
}
