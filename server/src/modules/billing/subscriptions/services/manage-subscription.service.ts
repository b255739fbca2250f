import type { AppDeps } from "../../../../app-deps.js";
import { AppError } from "../../../../lib/errors.js";
import { writeAudit } from "../../../audit/repositories/audit.repository.js";
import type { TenantActor } from "../../../tenancy/services/tenant-access.service.js";
import { findLiveSubscription, findPlatformCustomer } from "../../customers/billing-customer.repository.js";
import { requireStripe } from "../../stripe/stripe-client.js";
import { META } from "../../stripe/stripe-metadata.js";
import { syncCustomer } from "../../sync/sync-customer.service.js";

async function liveSubscriptionOf(deps: AppDeps, tenantId: string) {
  const customer = await findPlatformCustomer(deps.db, tenantId);
  const live = customer ? await findLiveSubscription(deps.db, customer.id) : null;
  if (!customer || !live) throw new AppError("BAD_REQUEST", "This tenant has no active subscription");
  return { customer, live };
}

/** Stripe's billing portal for the tenant's customer; 400 before it ever had billing. */
export async function openPortal(deps: AppDeps, tenantId: string): Promise<{ portalUrl: string }> {
  const customer = await findPlatformCustomer(deps.db, tenantId);
  if (!customer?.stripeCustomerId) {
    throw new AppError(
      "BAD_REQUEST",
      "This tenant has no billing history yet: subscribe to a plan or buy a bundle first",
    );
  }
  const session = await requireStripe(deps).billingPortal.sessions.create({
    customer: customer.stripeCustomerId,
    return_url: deps.links.to("/app/billing"),
  });
  return { portalUrl: session.url };
}

/** Cancel at period end (access is kept until then) or resume; Stripe is changed first, then we sync. */
export async function setCancelAtPeriodEnd(deps: AppDeps, actor: TenantActor, cancel: boolean) {
  const { customer, live } = await liveSubscriptionOf(deps, actor.access.tenantId);
  if (!cancel && !live.cancelAtPeriodEnd)
    throw new AppError("BAD_REQUEST", "The subscription is not set to cancel");
  await requireStripe(deps).subscriptions.update(live.stripeSubscriptionId, { cancel_at_period_end: cancel });
  await syncCustomer(deps, customer.id);
  await writeAudit(deps.db, {
    action: cancel ? "billing.cancel_requested" : "billing.resumed",
    tenantId: actor.access.tenantId,
    userId: actor.actorId,
    message: cancel ? "Subscription set to cancel at the end of the period" : "Subscription resumed",
    metadata: { subscription: live.stripeSubscriptionId },
    request: actor.origin,
  });
  const updated = await deps.db.subscription.findUniqueOrThrow({ where: { id: live.id } });
  return { currentPeriodEnd: updated.currentPeriodEnd, cancelAtPeriodEnd: updated.cancelAtPeriodEnd };
}

/** The return page asks: what became of this checkout? It runs the same sync as the webhooks. */
export async function checkoutResult(deps: AppDeps, tenantId: string, sessionId: string) {
  const customer = await findPlatformCustomer(deps.db, tenantId);
  const notFound = new AppError("NOT_FOUND", "Checkout session not found");
  if (!customer?.stripeCustomerId) throw notFound;
  const session = await requireStripe(deps)
    .checkout.sessions.retrieve(sessionId)
    .catch((error: { statusCode?: number }) => {
      if (error.statusCode === 404 || error.statusCode === 400) throw notFound;
      throw error;
    });
  const owner = typeof session.customer === "string" ? session.customer : session.customer?.id;
  if (owner !== customer.stripeCustomerId || session.metadata?.[META.customer] !== customer.id)
    throw notFound;
  if (session.status === "complete") await syncCustomer(deps, customer.id);
  return {
    status: session.status ?? "open",
    paymentStatus: session.payment_status,
    kind: session.metadata?.[META.kind] === "bundle" ? ("bundle" as const) : ("plan" as const),
    planId: session.metadata?.[META.plan] ?? null,
    bundleId: session.metadata?.[META.bundle] ?? null,
  };
}
