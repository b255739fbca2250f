import { z } from "zod";
import { nextCursorOutput, pageInput } from "../../../../lib/pagination.js";
import { operationMeta } from "../../../../trpc/meta.js";
import { sample } from "../../../../trpc/openapi/examples.js";

const creditsMeta = operationMeta("credits");

const sampleEntryId = "9d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a";

export const balanceInput = z.void();
export const balanceOutput = z.object({
  subscriptionCredits: z.number().int().describe("Granted by the plan; spent first"),
  purchasedCredits: z.number().int().describe("Bought in bundles; never reset"),
  total: z.number().int(),
});
export const balanceMeta = creditsMeta(
  "GET",
  "/credits",
  "The current tenant's credit balances (any member)",
  {
    examples: { response: { subscriptionCredits: 500, purchasedCredits: 200, total: 700 } },
  },
);

const entryKind = z.enum([
  "period_grant",
  "bonus",
  "purchase",
  "spend",
  "refund_clawback",
  "subscription_ended",
  "admin_adjustment",
]);

export const ledgerInput = pageInput;
export const ledgerOutput = z.object({
  entries: z.array(
    z
      .object({
        id: z.string(),
        kind: entryKind,
        subscriptionDelta: z.number().int(),
        purchasedDelta: z.number().int(),
        subscriptionBalance: z.number().int().describe("Subscription credits right after this entry"),
        purchasedBalance: z.number().int().describe("Purchased credits right after this entry"),
        shortfall: z.number().int().describe("Credits a clawback could not take back (already spent)"),
        description: z.string(),
        createdAt: z.date(),
      })
      .meta({ id: "CreditLedgerEntry", description: "One change to the tenant's credits" }),
  ),
  nextCursor: nextCursorOutput,
});
export const ledgerMeta = creditsMeta(
  "GET",
  "/credits/ledger",
  "Every change to the current tenant's credits, newest first (any member)",
  {
    examples: {
      request: { limit: 50 },
      response: {
        entries: [
          {
            id: sampleEntryId,
            kind: "spend",
            subscriptionDelta: -10,
            purchasedDelta: 0,
            subscriptionBalance: 490,
            purchasedBalance: 200,
            shortfall: 0,
            description: "Image generation",
            createdAt: sample.at,
          },
        ],
        nextCursor: null,
      },
    },
  },
);

const noControlCharacters = /^[^\p{Cc}]*$/u;

export const spendInput = z.object({
  amount: z
    .number("amount must be a number")
    .int("amount must be a whole number")
    .min(1, "amount must be at least 1")
    .max(1_000_000, "amount must be at most 1000000"),
  idempotencyKey: z
    .string("idempotencyKey is required")
    .min(1, "idempotencyKey must not be empty")
    .max(200, "idempotencyKey must be at most 200 characters")
    .regex(/^[^\p{C}]+$/u, "idempotencyKey must contain printable characters only")
    .describe("Your id for this use (e.g. a request id): a retry with the same key spends once"),
  description: z
    .string("description must be a string")
    .max(200, "description must be at most 200 characters")
    .regex(noControlCharacters, "description must not contain control characters")
    .optional()
    .describe('Shown in the ledger; default "Usage"'),
});
export const spendOutput = z.object({
  spent: z.number().int(),
  fromSubscription: z.number().int(),
  fromPurchased: z.number().int(),
  subscriptionCredits: z
    .number()
    .int()
    .describe("Balance after the spend (for a replay: after the first call)"),
  purchasedCredits: z.number().int(),
  entryId: z.string().describe("The ledger entry of this spend"),
  replayed: z.boolean().describe("True when this key was already spent: nothing was spent again"),
});
export const spendMeta = creditsMeta(
  "POST",
  "/credits/spend",
  "Spend credits of the current tenant: subscription credits first, then purchased (any member, user API keys)",
  {
    description:
      "For metering usage from your backend. Idempotent on idempotencyKey: the same key returns the first " +
      "result and spends nothing more. A refused spend (402) records nothing, so the same key may be retried.",
    errorResponses: {
      402: "Not enough credits: the message says how many are available",
      409: "The idempotency key was already used with a different amount",
    },
    examples: {
      request: { amount: 10, idempotencyKey: "req_7f3a9c", description: "Image generation" },
      response: {
        spent: 10,
        fromSubscription: 10,
        fromPurchased: 0,
        subscriptionCredits: 490,
        purchasedCredits: 200,
        entryId: sampleEntryId,
        replayed: false,
      },
    },
  },
);
