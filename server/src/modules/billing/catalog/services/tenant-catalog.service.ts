import type { AppDeps } from "../../../../app-deps.js";
import { tenantBillingState } from "../../customers/billing-state.service.js";
import { listPlatformBundles } from "../repositories/bundle.repository.js";
import { listPlatformPlans } from "../repositories/plan.repository.js";
import { toBundleView, toPlanView } from "./catalog-views.js";

/** Every plan of the platform, with where the tenant stands: plan, credits, subscription. */
export async function tenantPlans(deps: AppDeps, tenantId: string) {
  const [plans, state] = await Promise.all([listPlatformPlans(deps.db), tenantBillingState(deps, tenantId)]);
  return {
    plans: plans.map(toPlanView),
    currentPlanId: state.currentPlanId,
    billingWaived: state.billingWaived,
    tenantSubscriptionCredits: state.subscriptionCredits,
    tenantPurchasedCredits: state.purchasedCredits,
    billingStatus: state.billingStatus,
    billingInterval: state.billingInterval,
    currentPeriodEnd: state.currentPeriodEnd,
    canceledAt: state.canceledAt,
  };
}

/** What a tenant can buy: active bundles only. */
export async function tenantBundles(deps: AppDeps) {
  const bundles = await listPlatformBundles(deps.db, { activeOnly: true });
  return { bundles: bundles.map(toBundleView) };
}
