import type { Plan } from "@baseplate/db";
import type { AppDeps } from "../../../../app-deps.js";
import { AppError } from "../../../../lib/errors.js";
import { writeAudit } from "../../../audit/repositories/audit.repository.js";
import type { TenantActor } from "../../../tenancy/services/tenant-access.service.js";
import { ensureBundlePrice, ensurePlanPrice } from "../../catalog/services/stripe-catalog.service.js";
import { grantPurchasedCredits } from "../../credits/services/credit-ledger.service.js";
import { ensurePlatformCustomer, findLiveSubscription } from "../../customers/billing-customer.repository.js";
import { ensureStripeCustomer } from "../../customers/stripe-customer.service.js";
import { PLATFORM_APP_ID } from "../../platform-app.js";
import { requireStripe } from "../../stripe/stripe-client.js";
import { META } from "../../stripe/stripe-metadata.js";

export type CheckoutRequest =
  | { planId: string; bundleId?: undefined; billingInterval: "month" | "year" }
  | { bundleId: string; planId?: undefined; billingInterval?: undefined };

export interface CheckoutOutcome {
  /** Where to send the buyer; null when the change was applied at once (free plan, billing waived). */
  checkoutUrl: string | null;
  assigned: boolean;
}

async function assertSeatsFit(deps: AppDeps, tenantId: string, plan: Plan): Promise<void> {
  if (plan.userLimit === 0) return;
  const members = await deps.db.membership.count({ where: { tenantId } });
  if (members > plan.userLimit) {
    throw new AppError(
      "CONFLICT",
      `${plan.name} allows ${plan.userLimit} user${plan.userLimit === 1 ? "" : "s"} and this tenant has ${members}: remove members first`,
    );
  }
}

async function assignPlan(
  deps: AppDeps,
  actor: TenantActor,
  plan: Plan,
  reason: string,
): Promise<CheckoutOutcome> {
  const tenantId = actor.access.tenantId;
  await deps.db.$transaction(async (tx) => {
    const tenant = await tx.tenant.update({
      where: { id: tenantId },
      data: { planId: plan.id },
      include: { plan: true },
    });
    await writeAudit(tx, {
      action: "billing.plan_assigned",
      tenantId,
      userId: actor.actorId,
      message: `${plan.name} assigned without payment (${reason})`,
      metadata: { planId: plan.id, planName: tenant.plan.name },
      request: actor.origin,
    });
  });
  return { checkoutUrl: null, assigned: true };
}

/** Open plan checkouts of this customer are expired first, so an abandoned one cannot be paid later as a second subscription. */
async function expireOpenPlanCheckouts(deps: AppDeps, stripeCustomerId: string): Promise<void> {
  const stripe = requireStripe(deps);
  const sessions = await stripe.checkout.sessions.list({
    customer: stripeCustomerId,
    status: "open",
    limit: 100,
  });
  for (const session of sessions.data) {
    if (session.mode === "subscription") await stripe.checkout.sessions.expire(session.id);
  }
}

/**
 * One Stripe Checkout for one price. Our metadata goes on the session and on what it creates (the
 * subscription or the payment), so every later event can be traced back to the customer.
 */
async function createCheckoutSession(
  deps: AppDeps,
  checkout: {
    mode: "subscription" | "payment";
    stripeCustomerId: string;
    tenantId: string;
    price: string;
    metadata: Record<string, string>;
    cancelPath: string;
  },
): Promise<CheckoutOutcome> {
  const { metadata } = checkout;
  const session = await requireStripe(deps).checkout.sessions.create({
    mode: checkout.mode,
    customer: checkout.stripeCustomerId,
    line_items: [{ price: checkout.price, quantity: 1 }],
    client_reference_id: checkout.tenantId,
    metadata,
    ...(checkout.mode === "subscription"
      ? { subscription_data: { metadata } }
      : { payment_intent_data: { metadata } }),
    success_url: `${deps.links.to("/app/billing/return")}?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: deps.links.to(checkout.cancelPath, { checkout: "canceled" }),
  });
  return { checkoutUrl: session.url, assigned: false };
}

async function planCheckout(deps: AppDeps, actor: TenantActor, planId: string, interval: "month" | "year") {
  const tenantId = actor.access.tenantId;
  const plan = await deps.db.plan.findFirst({ where: { id: planId, appId: PLATFORM_APP_ID } });
  if (!plan) throw new AppError("NOT_FOUND", "Plan not found");
  await assertSeatsFit(deps, tenantId, plan);
  const customer = await ensurePlatformCustomer(deps.db, tenantId);
  const live = await findLiveSubscription(deps.db, customer.id);
  if (live) {
    throw new AppError(
      "CONFLICT",
      live.planId === plan.id
        ? "This tenant is already subscribed to this plan"
        : "This tenant already has a subscription: switch plans in the billing portal, or cancel it first",
    );
  }
  if (plan.monthlyPriceCents === 0) return assignPlan(deps, actor, plan, "free plan");
  if (customer.billingWaived) return assignPlan(deps, actor, plan, "billing waived");

  const stripeCustomer = await ensureStripeCustomer(deps, tenantId);
  const price = await ensurePlanPrice(deps, plan, interval);
  await expireOpenPlanCheckouts(deps, stripeCustomer.stripeCustomerId);
  const metadata = {
    [META.app]: PLATFORM_APP_ID,
    [META.customer]: customer.id,
    [META.kind]: "plan",
    [META.plan]: plan.id,
    [META.interval]: interval,
  };
  return createCheckoutSession(deps, {
    mode: "subscription",
    stripeCustomerId: stripeCustomer.stripeCustomerId,
    tenantId,
    price,
    metadata,
    cancelPath: "/app/billing/plans",
  });
}

async function bundleCheckout(deps: AppDeps, actor: TenantActor, bundleId: string): Promise<CheckoutOutcome> {
  const tenantId = actor.access.tenantId;
  const bundle = await deps.db.creditBundle.findFirst({
    where: { id: bundleId, appId: PLATFORM_APP_ID, isActive: true },
  });
  if (!bundle) throw new AppError("NOT_FOUND", "Bundle not found");
  const customer = await ensurePlatformCustomer(deps.db, tenantId);
  if (customer.billingWaived) {
    await deps.db.$transaction(async (tx) => {
      await grantPurchasedCredits(tx, {
        customerId: customer.id,
        credits: bundle.credits,
        causeId: `waived:${actor.origin.requestId}`,
        description: `${bundle.name} (billing waived)`,
      });
      await writeAudit(tx, {
        action: "billing.bundle_granted",
        tenantId,
        userId: actor.actorId,
        message: `${bundle.name} granted without payment (billing waived)`,
        metadata: { bundleId: bundle.id, credits: bundle.credits },
        request: actor.origin,
      });
    });
    return { checkoutUrl: null, assigned: true };
  }
  const stripeCustomer = await ensureStripeCustomer(deps, tenantId);
  const price = await ensureBundlePrice(deps, bundle);
  const metadata = {
    [META.app]: PLATFORM_APP_ID,
    [META.customer]: customer.id,
    [META.kind]: "bundle",
    [META.bundle]: bundle.id,
    [META.credits]: String(bundle.credits),
  };
  return createCheckoutSession(deps, {
    mode: "payment",
    stripeCustomerId: stripeCustomer.stripeCustomerId,
    tenantId,
    price,
    metadata,
    cancelPath: "/app/billing/bundles",
  });
}

/** Checkout for a plan (month or year) or a bundle; free plans and billing-waived tenants skip Stripe. */
export function startCheckout(
  deps: AppDeps,
  actor: TenantActor,
  request: CheckoutRequest,
): Promise<CheckoutOutcome> {
  return request.planId !== undefined
    ? planCheckout(deps, actor, request.planId, request.billingInterval)
    : bundleCheckout(deps, actor, request.bundleId);
}
