import type { AppDeps } from "../../../app-deps.js";
import { findLiveSubscription, findPlatformCustomer } from "./billing-customer.repository.js";

/** past_due beyond the grace period: Stripe still retries, but the plan no longer applies. */
export type BillingStatus = "trialing" | "active" | "past_due" | "restricted" | null;

export interface TenantBillingState {
  currentPlanId: string;
  billingWaived: boolean;
  subscriptionCredits: number;
  purchasedCredits: number;
  /** Null when the tenant has no live subscription (Free, or a plan assigned without Stripe). */
  billingStatus: BillingStatus;
  billingInterval: "month" | "year" | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean | null;
  canceledAt: Date | null;
  stripeCustomerId: string | null;
}

export function isRestricted(pastDueSince: Date | null, now: Date, graceDays: number): boolean {
  return pastDueSince !== null && now.getTime() - pastDueSince.getTime() > graceDays * 86_400_000;
}

/** The tenant's plan, credits and subscription, as every billing view shows them. */
export async function tenantBillingState(
  deps: Pick<AppDeps, "db" | "clock" | "config">,
  tenantId: string,
): Promise<TenantBillingState> {
  const tenant = await deps.db.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: { planId: true },
  });
  const customer = await findPlatformCustomer(deps.db, tenantId);
  const subscription = customer ? await findLiveSubscription(deps.db, customer.id) : null;
  const restricted =
    subscription?.status === "past_due" &&
    isRestricted(
      subscription.pastDueSince,
      deps.clock.now(),
      deps.config.number("billing.grace_period_days"),
    );
  return {
    currentPlanId: tenant.planId,
    billingWaived: customer?.billingWaived ?? false,
    subscriptionCredits: customer?.subscriptionCredits ?? 0,
    purchasedCredits: customer?.purchasedCredits ?? 0,
    billingStatus: subscription ? (restricted ? "restricted" : (subscription.status as BillingStatus)) : null,
    billingInterval: subscription ? (subscription.interval as "month" | "year") : null,
    currentPeriodEnd: subscription?.currentPeriodEnd ?? null,
    cancelAtPeriodEnd: subscription ? subscription.cancelAtPeriodEnd : null,
    canceledAt: subscription?.canceledAt ?? null,
    stripeCustomerId: customer?.stripeCustomerId ?? null,
  };
}
