import { beforeAll, describe, expect, it } from "vitest";
import { callerWith, signUp } from "./support/auth.js";
import { creditFixtures } from "./support/credits.js";
import { type Json, json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();
const { newTenant, customerOf, buckets, fund, spendOverRest } = creditFixtures(app);

// The first account becomes the root tenant's owner: take that seat first, so test tenants are ordinary ones.
let operator: Awaited<ReturnType<typeof signUp>>;

beforeAll(async () => {
  operator = await signUp(app(), { displayName: "Root Operator" });
});

describe("spending", () => {
  it("spends subscription credits first, then purchased ones", async () => {
    const { tenantId, caller, headers } = await newTenant();
    const customerId = await customerOf(tenantId);
    await fund(customerId, 5, 10);
    const first = await caller.credits.spend({
      amount: 3,
      idempotencyKey: "a",
      description: "Image generation",
    });
    expect(first).toEqual({
      spent: 3,
      fromSubscription: 3,
      fromPurchased: 0,
      subscriptionCredits: 2,
      purchasedCredits: 10,
      entryId: expect.any(String),
      replayed: false,
    });
    const response = await spendOverRest(headers, { amount: 4, idempotencyKey: "b" });
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({
      fromSubscription: 2,
      fromPurchased: 2,
      subscriptionCredits: 0,
      purchasedCredits: 8,
    });
    expect(await caller.credits.balance()).toEqual({ subscriptionCredits: 0, purchasedCredits: 8, total: 8 });
    const [latest] = (await caller.credits.ledger()).entries;
    expect(latest).toMatchObject({
      kind: "spend",
      subscriptionDelta: -2,
      purchasedDelta: -2,
      description: "Usage",
    });
  });

  it("answers 402 when the balance is short, records nothing, and the same key succeeds later", async () => {
    const { tenantId, caller, headers } = await newTenant();
    const customerId = await customerOf(tenantId);
    await fund(customerId, 3, 2);
    const refused = await spendOverRest(headers, { amount: 6, idempotencyKey: "job-1" });
    expect(refused.status).toBe(402);
    expect(await json(refused)).toEqual({
      error: "Not enough credits: 5 available",
      code: "PAYMENT_REQUIRED",
    });
    await expect(caller.credits.spend({ amount: 6, idempotencyKey: "job-1" })).rejects.toMatchObject({
      code: "PAYMENT_REQUIRED",
      message: "Not enough credits: 5 available",
    });
    expect(await app().db.creditLedgerEntry.count({ where: { customerId, kind: "spend" } })).toBe(0);
    expect(await buckets(customerId)).toEqual({ subscription: 3, purchased: 2 });
    await fund(customerId, 1, 0);
    expect(await caller.credits.spend({ amount: 6, idempotencyKey: "job-1" })).toMatchObject({
      spent: 6,
      replayed: false,
    });
  });

  it("creates the customer row on a tenant's first spend (then 402 with nothing to spend)", async () => {
    const { tenantId, caller } = await newTenant();
    await expect(caller.credits.spend({ amount: 1, idempotencyKey: "first" })).rejects.toMatchObject({
      code: "PAYMENT_REQUIRED",
      message: "Not enough credits: 0 available",
    });
    expect(await app().db.billingCustomer.count({ where: { tenantId } })).toBe(1);
  });

  it("replays a key: same entry and balances as the first time, nothing spent again", async () => {
    const { tenantId, caller } = await newTenant();
    const customerId = await customerOf(tenantId);
    await fund(customerId, 10, 0);
    const first = await caller.credits.spend({ amount: 4, idempotencyKey: "req-42" });
    await caller.credits.spend({ amount: 1, idempotencyKey: "req-43" });
    const again = await caller.credits.spend({ amount: 4, idempotencyKey: "req-42" });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await buckets(customerId)).toEqual({ subscription: 5, purchased: 0 });
  });

  it("refuses a key reused with another amount (409) and spends nothing", async () => {
    const { tenantId, caller, headers } = await newTenant();
    const customerId = await customerOf(tenantId);
    await fund(customerId, 10, 0);
    await caller.credits.spend({ amount: 4, idempotencyKey: "req-1" });
    const conflict = await spendOverRest(headers, { amount: 5, idempotencyKey: "req-1" });
    expect(conflict.status).toBe(409);
    expect(await json(conflict)).toMatchObject({ code: "CONFLICT" });
    expect(await buckets(customerId)).toEqual({ subscription: 6, purchased: 0 });
  });

  it("two parallel spends with the same key spend once", async () => {
    const { tenantId, caller } = await newTenant();
    const customerId = await customerOf(tenantId);
    await fund(customerId, 10, 0);
    const results = await Promise.all(
      Array.from({ length: 2 }, () => caller.credits.spend({ amount: 3, idempotencyKey: "same" })),
    );
    expect(results.map((r) => r.replayed).sort()).toEqual([false, true]);
    expect(new Set(results.map((r) => r.entryId)).size).toBe(1);
    expect(results.every((r) => r.subscriptionCredits === 7)).toBe(true);
    expect(await buckets(customerId)).toEqual({ subscription: 7, purchased: 0 });
  });

  it("a same-key retry that races the last credits replays instead of answering 402", async () => {
    const { tenantId, caller } = await newTenant();
    const customerId = await customerOf(tenantId);
    await fund(customerId, 3, 0);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => caller.credits.spend({ amount: 3, idempotencyKey: "all-of-it" })),
    );
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await buckets(customerId)).toEqual({ subscription: 0, purchased: 0 });
  });

  it("accepts user-authority API keys naming the tenant", async () => {
    const tenantId = operator.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    const { rawKey } = await callerWith(app(), operator.accessToken).admin.apiKeys.create({
      name: "metering",
      authority: "user",
    });
    await fund(await customerOf(tenantId), 2, 0);
    const response = await spendOverRest(
      { Authorization: `Bearer ${rawKey}`, "X-Tenant-ID": tenantId },
      { amount: 2, idempotencyKey: "backend-call-1", description: "API call" },
    );
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ spent: 2, subscriptionCredits: 0 });
  });

  it("rejects invalid input with 400 and spends nothing", async () => {
    const { tenantId, headers } = await newTenant();
    const customerId = await customerOf(tenantId);
    await fund(customerId, 10, 0);
    const bad: Json[] = [
      { amount: 0, idempotencyKey: "k" },
      { amount: 1_000_001, idempotencyKey: "k" },
      { amount: 1.5, idempotencyKey: "k" },
      { amount: 1 },
      { amount: 1, idempotencyKey: "" },
      { amount: 1, idempotencyKey: "k".repeat(201) },
      { amount: 1, idempotencyKey: "bell\u0007" },
      { amount: 1, idempotencyKey: "k", description: "d".repeat(201) },
    ];
    for (const body of bad) {
      const response = await spendOverRest(headers, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await json(response)).toMatchObject({ code: "VALIDATION_FAILED" });
    }
    expect(await buckets(customerId)).toEqual({ subscription: 10, purchased: 0 });
    const ok = await spendOverRest(headers, { amount: 1_000_000 - 999_990, idempotencyKey: "ключ 1" });
    expect(ok.status).toBe(200);
  });
});
