import { z } from "zod";
import { catalogName, freeText, wholeNumber } from "../../../../lib/input-fields.js";
import { operationMeta } from "../../../../trpc/meta.js";
import { ENTITLEMENT_TYPES } from "../services/entitlements.js";
import { planIdInput } from "./catalog-fields.types.js";
import { sampleAdminPlan, samplePlanId } from "./catalog-samples.js";
import { entitlementsInput } from "./entitlements.types.js";
import { adminPlanView } from "./plan-views.types.js";

const adminBillingMeta = operationMeta("admin-billing");

/** Stripe takes at most 99,999,999 in one price: a year at this monthly price (no discount) still fits. */
export const MAX_MONTHLY_PRICE_CENTS = 8_333_333;

const planFields = {
  description: freeText(500),
  monthlyPriceCents: wholeNumber(0, MAX_MONTHLY_PRICE_CENTS).describe("Price per month in cents"),
  annualDiscountPct: wholeNumber(0, 100).describe(
    "Discount of the annual price against 12 months, in percent",
  ),
  usageCreditsPerMonth: wholeNumber(0, 1_000_000_000),
  creditResetPolicy: z.enum(["reset", "accrue"]),
  bonusCredits: wholeNumber(0, 1_000_000_000),
  userLimit: wholeNumber(0, 1_000_000).describe("0 means unlimited"),
  entitlements: entitlementsInput,
};

const NAME_TAKEN = "A plan with this name already exists";

export const listAdminPlansInput = z.void();
export const listAdminPlansOutput = z.object({ plans: z.array(adminPlanView) });
export const listAdminPlansMeta = adminBillingMeta(
  "GET",
  "/admin/plans",
  "Every plan with its subscriber count (tenants on it), cheapest first",
  { examples: { response: { plans: [sampleAdminPlan] } } },
);

export const getAdminPlanInput = planIdInput;
export const getAdminPlanMeta = adminBillingMeta("GET", "/admin/plans/{planId}", "One plan in full", {
  errorResponses: { 404: "Plan not found" },
  examples: { request: { planId: samplePlanId }, response: sampleAdminPlan },
});

export const entitlementKeysInput = z.void();
export const entitlementKeysOutput = z.object({
  keys: z.array(z.object({ key: z.string(), type: z.enum(ENTITLEMENT_TYPES), description: z.string() })),
});
export const entitlementKeysMeta = adminBillingMeta(
  "GET",
  "/admin/plans/entitlement-keys",
  "Every entitlement key used by any plan, with its type and description, by key",
  { examples: { response: { keys: [{ key: "feature_x", type: "bool", description: "Enable feature X" }] } } },
);

const sampleCreate = {
  name: "Enterprise",
  description: "For large teams",
  monthlyPriceCents: 9900,
  annualDiscountPct: 25,
  usageCreditsPerMonth: 5000,
  creditResetPolicy: "accrue",
  bonusCredits: 1000,
  userLimit: 0,
  entitlements: { feature_x: { type: "bool", boolValue: true, description: "Enable feature X" } },
};
const sampleCreated = {
  ...sampleAdminPlan,
  ...sampleCreate,
  annualPriceCents: 89100,
  entitlements: { feature_x: { type: "bool", value: true, description: "Enable feature X" } },
  subscriberCount: 0,
};

export const createPlanInput = z.object(planFields).partial().extend({ name: catalogName });
export const createPlanMeta = adminBillingMeta("POST", "/admin/plans", "Create a plan (names are unique)", {
  description:
    "Left-out fields take their defaults (0, reset, no entitlements). Entitlements take `{type, value, description}` or `{type, boolValue|numericValue|stringValue, description}`.",
  errorResponses: { 409: NAME_TAKEN },
  examples: { request: sampleCreate, response: sampleCreated },
});

export const updatePlanInput = planIdInput.extend(
  z.object({ name: catalogName, ...planFields }).partial().shape,
);
export const updatePlanMeta = adminBillingMeta(
  "PATCH",
  "/admin/plans/{planId}",
  "Change a plan: fields left out stay as they are; the system plan (Free) cannot be renamed",
  {
    description:
      "A new price applies to new checkouts (a new Stripe price); existing subscriptions keep theirs. Entitlements, when given, replace the whole set.",
    errorResponses: { 404: "Plan not found", 409: `${NAME_TAKEN}, or the system plan cannot be renamed` },
    examples: {
      request: { planId: samplePlanId, name: "Enterprise Plus", monthlyPriceCents: 14900 },
      response: {
        ...sampleCreated,
        name: "Enterprise Plus",
        monthlyPriceCents: 14900,
        annualPriceCents: 134100,
      },
    },
  },
);

export const deletePlanInput = planIdInput;
export const deletePlanMeta = adminBillingMeta(
  "DELETE",
  "/admin/plans/{planId}",
  "Delete a plan no tenant is on and no live subscription uses (never the system plan)",
  {
    errorResponses: {
      404: "Plan not found",
      409: "The system plan, a plan tenants are on (reassign them first), or one with live subscriptions",
    },
    examples: { request: { planId: samplePlanId }, response: { status: "deleted" } },
  },
);
