import { describe, expect, it } from "vitest";
import {
  grantBonusCredits,
  grantPurchasedCredits,
} from "../src/modules/billing/credits/services/credit-ledger.service.js";
import { ensurePlatformCustomer } from "../src/modules/billing/customers/billing-customer.repository.js";
import { signUp } from "./support/auth.js";
import { type Json, json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

// The default batch cap (TRPC_MAX_BATCH_SIZE 10): the batch below is exactly as large as a client may send.
const app = useTestApp();

/** A tenant whose customer holds `subscription` + `purchased` credits, and its owner's headers. */
async function fundedTenant(subscription: number, purchased: number) {
  const owner = await signUp(app());
  const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
  const customer = await ensurePlatformCustomer(app().db, tenantId);
  await app().db.$transaction(async (tx) => {
    const base = { customerId: customer.id, causeId: "setup", description: "Test credits" };
    if (subscription > 0) await grantBonusCredits(tx, { ...base, credits: subscription });
    if (purchased > 0) await grantPurchasedCredits(tx, { ...base, credits: purchased });
  });
  const headers = { Authorization: `Bearer ${owner.accessToken}`, "X-Tenant-ID": tenantId };
  return { customerId: customer.id, headers };
}

async function state(customerId: string) {
  const row = await app().db.billingCustomer.findUniqueOrThrow({ where: { id: customerId } });
  const spends = await app().db.creditLedgerEntry.count({ where: { customerId, kind: "spend" } });
  return { total: row.subscriptionCredits + row.purchasedCredits, spends };
}

function spendBatch(headers: Record<string, string>, inputs: Json[]) {
  const paths = inputs.map(() => "credits.spend").join(",");
  const body = Object.fromEntries(inputs.map((input, index) => [String(index), input]));
  return app().http(`/trpc/${paths}?batch=1`, {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("spending under concurrency", () => {
  it("100 parallel REST spends of 1 against 50 credits: exactly 50 succeed, the rest 402, balance 0", async () => {
    const { customerId, headers } = await fundedTenant(30, 20);
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        app().http("/api/v1/credits/spend", {
          method: "POST",
          headers: { ...headers, "Content-Type": "application/json" },
          body: JSON.stringify({ amount: 1, idempotencyKey: `rest-${index}` }),
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(50);
    expect(statuses.filter((status) => status === 402)).toHaveLength(50);
    const bodies = await Promise.all(responses.map((response) => json(response)));
    const successes = bodies.filter((_, index) => statuses[index] === 200);
    expect(successes.filter((body) => body.fromSubscription === 1)).toHaveLength(30);
    expect(successes.filter((body) => body.fromPurchased === 1)).toHaveLength(20);
    // Every success saw its own balance: 49 … 0 once each, none shared.
    const after = successes
      .map((body) => body.subscriptionCredits + body.purchasedCredits)
      .sort((a, b) => a - b);
    expect(after).toEqual(Array.from({ length: 50 }, (_, index) => index));
    expect(await state(customerId)).toEqual({ total: 0, spends: 50 });
  });

  it("a tRPC batch of 10 spends of 1 against 5 credits: 5 succeed, 5 get 402", async () => {
    const { customerId, headers } = await fundedTenant(5, 0);
    const response = await spendBatch(
      headers,
      Array.from({ length: 10 }, (_, index) => ({ amount: 1, idempotencyKey: `batch-${index}` })),
    );
    const results = (await json(response)) as { result?: Json; error?: { data: { httpStatus: number } } }[];
    expect(results).toHaveLength(10);
    expect(results.filter((result) => result.result?.data?.spent === 1)).toHaveLength(5);
    expect(results.filter((result) => result.error?.data.httpStatus === 402)).toHaveLength(5);
    expect(await state(customerId)).toEqual({ total: 0, spends: 5 });
  });

  it("a tRPC batch repeating one key 10 times spends once", async () => {
    const { customerId, headers } = await fundedTenant(100, 0);
    const response = await spendBatch(
      headers,
      Array.from({ length: 10 }, () => ({ amount: 7, idempotencyKey: "one-job" })),
    );
    const results = (await json(response)) as { result: { data: Json } }[];
    const data = results.map((result) => result.result.data);
    expect(data.filter((spend) => !spend.replayed)).toHaveLength(1);
    expect(new Set(data.map((spend) => spend.entryId)).size).toBe(1);
    expect(data.every((spend) => spend.subscriptionCredits === 93)).toBe(true);
    expect(await state(customerId)).toEqual({ total: 93, spends: 1 });
  });
});
