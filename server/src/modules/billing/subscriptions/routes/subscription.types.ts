import { z } from "zod";
import { operationMeta } from "../../../../trpc/meta.js";
import { sample } from "../../../../trpc/openapi/examples.js";

const billingMeta = operationMeta("billing");
const samplePlanId = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";

export const checkoutInput = z
  .object({
    planId: z.uuid("planId must be a plan id (UUID)").optional(),
    bundleId: z.uuid("bundleId must be a bundle id (UUID)").optional(),
    billingInterval: z.enum(["month", "year"], "billingInterval must be month or year").optional(),
  })
  .refine((input) => (input.planId === undefined) !== (input.bundleId === undefined), {
    message: "Give either planId or bundleId, not both and not neither",
    path: ["planId"],
  })
  .refine((input) => input.bundleId === undefined || input.billingInterval === undefined, {
    message: "billingInterval applies to plans only",
    path: ["billingInterval"],
  });
export const checkoutOutput = z.object({
  checkoutUrl: z
    .string()
    .nullable()
    .describe("Send the buyer here; null when the change was applied at once"),
  assigned: z.boolean().describe("True when applied without payment (free plan, billing waived)"),
});
export const checkoutMeta = billingMeta(
  "POST",
  "/billing/checkout",
  "Start a Stripe Checkout for a plan (month or year) or a credit bundle (owners and admins)",
  {
    description:
      "Give either planId (with billingInterval, default month) or bundleId. Free plans and billing-waived tenants are " +
      "assigned at once without Stripe. A tenant with a live subscription changes plans in the billing portal.",
    errorResponses: {
      404: "Unknown plan or bundle",
      409: "Already subscribed, or the plan has too few seats",
      501: "Billing is not configured",
    },
    examples: {
      request: { planId: samplePlanId, billingInterval: "year" },
      response: { checkoutUrl: "https://checkout.stripe.com/c/pay/cs_test_a1b2c3", assigned: false },
    },
  },
);

export const checkoutResultInput = z.object({
  sessionId: z.string().regex(/^cs_[A-Za-z0-9_]{1,200}$/, "sessionId must be a Checkout Session id (cs_…)"),
});
export const checkoutResultOutput = z.object({
  status: z.string().describe("open, complete or expired"),
  paymentStatus: z.string().describe("paid, unpaid or no_payment_required"),
  kind: z.enum(["plan", "bundle"]),
  planId: z.string().nullable(),
  bundleId: z.string().nullable(),
});
export const checkoutResultMeta = billingMeta(
  "GET",
  "/billing/checkout/{sessionId}",
  "What became of a checkout: syncs the tenant from Stripe once it is complete (the return page polls this)",
  {
    errorResponses: { 404: "No such checkout for this tenant" },
    examples: {
      request: { sessionId: "cs_test_a1b2c3" },
      response: {
        status: "complete",
        paymentStatus: "paid",
        kind: "plan",
        planId: samplePlanId,
        bundleId: null,
      },
    },
  },
);

export const portalOutput = z.object({ portalUrl: z.string() });
export const portalMeta = billingMeta(
  "POST",
  "/billing/portal",
  "Open the Stripe billing portal: payment methods, invoices, plan switch, cancel or resume (owners and admins)",
  {
    errorResponses: { 400: "The tenant has no billing history yet" },
    examples: { response: { portalUrl: "https://billing.stripe.com/p/session/test_a1b2c3" } },
  },
);

export const cancelOutput = z.object({ message: z.string(), currentPeriodEnd: z.date() });
export const cancelMeta = billingMeta(
  "POST",
  "/billing/cancel",
  "Cancel the subscription at the end of the period; the tenant keeps its plan until then (owners and admins)",
  {
    errorResponses: { 400: "No active subscription" },
    examples: {
      response: {
        message: "Subscription will cancel at end of billing period",
        currentPeriodEnd: sample.later,
      },
    },
  },
);

export const resumeOutput = z.object({ message: z.string(), currentPeriodEnd: z.date() });
export const resumeMeta = billingMeta(
  "POST",
  "/billing/resume",
  "Undo a cancellation before the period ends (owners and admins)",
  {
    errorResponses: { 400: "No subscription set to cancel" },
    examples: { response: { message: "Subscription resumed", currentPeriodEnd: sample.later } },
  },
);

export const statusOutput = z.object({
  plan: z.string().describe("The plan's key: its name in lower case with dashes (free, pro, …)"),
  status: z
    .string()
    .nullable()
    .describe("active, trialing, past_due, restricted (past_due beyond the grace period), or null"),
  current_period_end: z.date().nullable(),
  cancel_at_period_end: z.boolean().nullable(),
});
export const statusMeta = billingMeta(
  "GET",
  "/billing",
  "The tenant's plan and subscription status (any member)",
  {
    examples: {
      response: {
        plan: "pro",
        status: "active",
        current_period_end: sample.later,
        cancel_at_period_end: false,
      },
    },
  },
);

export const publishableKeyOutput = z.object({
  publishableKey: z.string().describe("Empty when Stripe is not configured"),
  mode: z
    .enum(["stripe", "emulator", "disabled"])
    .describe("emulator: test mode on the built-in Stripe emulator"),
});
export const publishableKeyMeta = billingMeta(
  "GET",
  "/billing/publishable-key",
  "The Stripe publishable key for Stripe.js, and whether payments run on the built-in emulator",
  { examples: { response: { publishableKey: "pk_test_51H…", mode: "stripe" } } },
);
