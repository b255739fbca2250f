import { z } from "zod";
import { pageNumberFields } from "../../../../lib/pagination.js";
import { operationMeta } from "../../../../trpc/meta.js";
import { sample } from "../../../../trpc/openapi/examples.js";

const billingMeta = operationMeta("billing");

export const sampleTransactionId = "2b7e4c1d-9a3f-4e6b-8d5c-1f0a9e8d7c6b";
const transactionType = z.enum(["subscription", "purchase", "refund"]);

const sampleSummary = {
  id: sampleTransactionId,
  tenantId: sample.tenantId,
  description: "Pro Plan (Annual)",
  type: "subscription",
  amountCents: 29900,
  currency: "usd",
  invoiceNumber: "INV-0001",
  createdAt: sample.at,
};

export const listTransactionsInput = z.object(pageNumberFields(20)).optional();

export const transactionSummary = z
  .object({
    id: z.string(),
    tenantId: z.string().nullable(),
    description: z.string(),
    type: transactionType,
    amountCents: z.number().int().describe("Negative for refunds"),
    currency: z.string().describe("ISO 4217, lower case"),
    invoiceNumber: z.string().nullable().describe("INV-0001…; refunds have none"),
    createdAt: z.date(),
  })
  .meta({ id: "BillingTransaction", description: "A payment or refund of the tenant" });

export const listTransactionsOutput = z.object({
  transactions: z.array(transactionSummary),
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
});
export const listTransactionsMeta = billingMeta(
  "GET",
  "/billing/transactions",
  "The current tenant's payments and refunds, newest first (any member)",
  {
    examples: {
      request: { page: 1, perPage: 20 },
      response: { transactions: [sampleSummary], total: 1, page: 1, perPage: 20 },
    },
  },
);

export const transactionIdInput = z.object({
  id: z.uuid("id must be a transaction id (UUID)").describe("Transaction ID"),
});
export const transactionOutput = z.object({
  transaction: transactionSummary
    .extend({
      planId: z.string().nullable(),
      planName: z.string().nullable(),
      bundleId: z.string().nullable(),
      bundleName: z.string().nullable(),
      periodStart: z.date().nullable().describe("The billed period, for subscriptions"),
      periodEnd: z.date().nullable(),
    })
    .meta({ id: "BillingTransactionDetail", description: "A transaction with what an invoice shows" }),
  tenant: z.object({ name: z.string() }),
  seller: z.object({ name: z.string() }).describe("Who issued the invoice (the app.name setting)"),
});
export const transactionMeta = billingMeta(
  "GET",
  "/billing/transactions/{id}",
  "One transaction of the current tenant and the tenant's name, for an invoice view (any member)",
  {
    errorResponses: { 404: "No such transaction in this tenant" },
    examples: {
      request: { id: sampleTransactionId },
      response: {
        transaction: {
          ...sampleSummary,
          planId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
          planName: "Pro",
          bundleId: null,
          bundleName: null,
          periodStart: sample.at,
          periodEnd: "2027-01-15T09:30:00.000Z",
        },
        tenant: { name: "Acme Corp" },
        seller: { name: "Baseplate" },
      },
    },
  },
);
