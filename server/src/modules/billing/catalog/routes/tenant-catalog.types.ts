import { z } from "zod";
import { operationMeta } from "../../../../trpc/meta.js";
import { sample } from "../../../../trpc/openapi/examples.js";
import { sampleBundle, sampleFreePlan, samplePlan, samplePlanId } from "./catalog-samples.js";
import { bundleView, planView } from "./plan-views.types.js";

const billingMeta = operationMeta("billing");

export const tenantPlansInput = z.void();
export const tenantPlansOutput = z.object({
  plans: z.array(planView),
  currentPlanId: z.string(),
  billingWaived: z.boolean().describe("Plans are assigned without payment"),
  tenantSubscriptionCredits: z.number().int(),
  tenantPurchasedCredits: z.number().int(),
  billingStatus: z
    .enum(["trialing", "active", "past_due", "restricted"])
    .nullable()
    .describe("Of the live subscription (restricted: past due beyond the grace period); null without one"),
  billingInterval: z.enum(["month", "year"]).nullable(),
  currentPeriodEnd: z.date().nullable(),
  canceledAt: z.date().nullable(),
});
export const tenantPlansMeta = billingMeta(
  "GET",
  "/billing/plans",
  "The plans, and the tenant's plan, credits and subscription (any member)",
  {
    examples: {
      response: {
        plans: [sampleFreePlan, samplePlan],
        currentPlanId: samplePlanId,
        billingWaived: false,
        tenantSubscriptionCredits: 500,
        tenantPurchasedCredits: 0,
        billingStatus: "active",
        billingInterval: "year",
        currentPeriodEnd: sample.later,
        canceledAt: null,
      },
    },
  },
);

export const tenantBundlesInput = z.void();
export const tenantBundlesOutput = z.object({ bundles: z.array(bundleView) });
export const tenantBundlesMeta = billingMeta(
  "GET",
  "/billing/bundles",
  "Credit bundles on sale, by sort order (any member)",
  { examples: { response: { bundles: [sampleBundle] } } },
);
