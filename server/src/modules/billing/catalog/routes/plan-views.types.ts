import { z } from "zod";
import { entitlementView } from "./entitlements.types.js";

const planShape = {
  id: z.string(),
  name: z.string(),
  description: z.string(),
  monthlyPriceCents: z.number().int(),
  annualPriceCents: z.number().int().describe("12 × monthly × (1 − annualDiscountPct/100), rounded to cents"),
  annualDiscountPct: z.number().int(),
  usageCreditsPerMonth: z.number().int(),
  creditResetPolicy: z
    .enum(["reset", "accrue"])
    .describe("reset: each period's credits replace what is left; accrue: unused credits roll over"),
  bonusCredits: z.number().int().describe("Granted once, with a tenant's first subscription"),
  userLimit: z.number().int().describe("Members a tenant on this plan may have; 0 means unlimited"),
  entitlements: z.record(z.string(), entitlementView),
  isSystem: z.boolean().describe("The Free plan: cannot be renamed or deleted"),
};

export const planView = z.object(planShape).meta({ id: "Plan", description: "A subscription plan" });

export const adminPlanView = z
  .object({
    ...planShape,
    subscriberCount: z.number().int().describe("Tenants on this plan"),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "AdminPlan", description: "A subscription plan, as platform administrators see it" });

const bundleShape = {
  id: z.string(),
  name: z.string(),
  credits: z.number().int(),
  priceCents: z.number().int(),
  isActive: z.boolean(),
  sortOrder: z.number().int(),
};

export const bundleView = z
  .object(bundleShape)
  .meta({ id: "CreditBundle", description: "A one-time purchase of credits" });

export const adminBundleView = z
  .object({ ...bundleShape, createdAt: z.date() })
  .meta({ id: "AdminCreditBundle", description: "A credit bundle, as platform administrators see it" });
