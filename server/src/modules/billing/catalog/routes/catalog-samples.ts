import { sample } from "../../../../trpc/openapi/examples.js";
import { FREE_PLAN_ID } from "../../platform-app.js";

/** Sample catalog objects for the operation examples (shapes from the seed API docs). */
export const samplePlanId = "7e3f1c2a-9b4d-4e6f-8a1b-2c3d4e5f6a7b";
export const sampleBundleId = "2b8d6f4a-1c3e-4a5b-9d7f-6e8a0b2c4d6f";

export const samplePlan = {
  id: samplePlanId,
  name: "Pro",
  description: "For growing teams",
  monthlyPriceCents: 2900,
  annualPriceCents: 27840,
  annualDiscountPct: 20,
  usageCreditsPerMonth: 1000,
  creditResetPolicy: "reset",
  bonusCredits: 0,
  userLimit: 10,
  entitlements: { feature_x: { type: "bool", value: true, description: "Enable feature X" } },
  isSystem: false,
};

export const sampleFreePlan = {
  id: FREE_PLAN_ID,
  name: "Free",
  description: "The plan every team starts on",
  monthlyPriceCents: 0,
  annualPriceCents: 0,
  annualDiscountPct: 0,
  usageCreditsPerMonth: 0,
  creditResetPolicy: "reset",
  bonusCredits: 0,
  userLimit: 0,
  entitlements: {},
  isSystem: true,
};

export const sampleAdminPlan = {
  ...samplePlan,
  subscriberCount: 12,
  createdAt: sample.at,
  updatedAt: sample.later,
};

export const sampleBundle = {
  id: sampleBundleId,
  name: "500 Credits",
  credits: 500,
  priceCents: 4900,
  isActive: true,
  sortOrder: 1,
};

export const sampleAdminBundle = { ...sampleBundle, createdAt: sample.at };
