import type { DbTx } from "@baseplate/db";
import { beforeAll, describe, expect, it } from "vitest";
import {
  adjustCredits,
  clawbackPurchasedCredits,
  endSubscriptionCredits,
  grantBonusCredits,
  grantPeriodCredits,
  grantPurchasedCredits,
} from "../src/modules/billing/credits/services/credit-ledger.service.js";
import { ensurePlatformCustomer } from "../src/modules/billing/customers/billing-customer.repository.js";
import { callerWith, signUp } from "./support/auth.js";
import { type Json, json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();

let operator: Awaited<ReturnType<typeof signUp>>;

beforeAll(async () => {
  operator = await signUp(app(), { displayName: "Root Operator" }); // the first account: root owner
});

/** A fresh tenant with its owner; every test works on its own balances. */
async function newTenant() {
  const owner = await signUp(app());
  const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
  const caller = app().caller({ authorization: `Bearer ${owner.accessToken}`, tenantIdHeader: tenantId });
  const headers = { Authorization: `Bearer ${owner.accessToken}`, "X-Tenant-ID": tenantId };
  return { owner, tenantId, caller, headers };
}

async function customerOf(tenantId: string) {
  return (await ensurePlatformCustomer(app().db, tenantId)).id;
}

function inTx<T>(work: (tx: DbTx) => Promise<T>): Promise<T> {
  return app().db.$transaction(work);
}

async function buckets(customerId: string) {
  const row = await app().db.billingCustomer.findUniqueOrThrow({ where: { id: customerId } });
  return { subscription: row.subscriptionCredits, purchased: row.purchasedCredits };
}

async function fund(customerId: string, subscription: number, purchased: number) {
  await inTx(async (tx) => {
    const cause = `fund-${Math.random()}`;
    if (subscription > 0)
      await grantBonusCredits(tx, { customerId, credits: subscription, causeId: cause, description: "Test" });
    if (purchased > 0)
      await grantPurchasedCredits(tx, {
        customerId,
        credits: purchased,
        causeId: cause,
        description: "Test",
      });
  });
}

function spendOverRest(headers: Record<string, string>, body: unknown) {
  return app().http("/api/v1/credits/spend", {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("credit balance and ledger reads", () => {
  it("a tenant without a customer row has 0/0, and reading does not create the row", async () => {
    const { tenantId, caller, headers } = await newTenant();
    expect(await caller.credits.balance()).toEqual({ subscriptionCredits: 0, purchasedCredits: 0, total: 0 });
    expect(await caller.credits.ledger()).toEqual({ entries: [], nextCursor: null });
    const response = await app().http("/api/v1/credits", { headers });
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ subscriptionCredits: 0, purchasedCredits: 0, total: 0 });
    expect(await app().db.billingCustomer.count({ where: { tenantId } })).toBe(0);
  });

  it("needs credentials and membership of the tenant", async () => {
    const { tenantId } = await newTenant();
    const stranger = await newTenant();
    expect((await app().http("/api/v1/credits", { headers: { "X-Tenant-ID": tenantId } })).status).toBe(401);
    const foreign = await app().http("/api/v1/credits/ledger", {
      headers: { ...stranger.headers, "X-Tenant-ID": tenantId },
    });
    expect(foreign.status).toBe(403);
    expect(await json(foreign)).toMatchObject({ code: "FORBIDDEN" });
  });

  it("pages the ledger newest first with a cursor", async () => {
    const { tenantId, caller } = await newTenant();
    const customerId = await customerOf(tenantId);
    await fund(customerId, 10, 0);
    for (let i = 1; i <= 4; i++) await caller.credits.spend({ amount: i, idempotencyKey: `page-${i}` });
    const first = await caller.credits.ledger({ limit: 2 });
    expect(first.entries.map((e) => e.subscriptionDelta)).toEqual([-4, -3]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await caller.credits.ledger({ limit: 2, cursor: first.nextCursor ?? "" });
    expect(second.entries.map((e) => e.subscriptionDelta)).toEqual([-2, -1]);
    const last = await caller.credits.ledger({ limit: 2, cursor: second.nextCursor ?? "" });
    expect(last.entries.map((e) => e.kind)).toEqual(["bonus"]);
    expect(last.nextCursor).toBeNull();
    expect(second.entries[0]).toEqual({
      id: expect.any(String),
      kind: "spend",
      subscriptionDelta: -2,
      purchasedDelta: 0,
      subscriptionBalance: 7,
      purchasedBalance: 0,
      shortfall: 0,
      description: "Usage",
      createdAt: expect.any(Date),
    });
  });
});

describe("grants", () => {
  it("reset replaces the subscription bucket each period, accrue adds; purchased credits stay", async () => {
    const reset = await customerOf((await newTenant()).tenantId);
    const accrue = await customerOf((await newTenant()).tenantId);
    for (const customerId of [reset, accrue]) await fund(customerId, 0, 50);
    const deltas: Record<string, number[]> = { reset: [], accrue: [] };
    for (let period = 1; period <= 3; period++) {
      for (const [policy, customerId] of [
        ["reset", reset],
        ["accrue", accrue],
      ] as const) {
        const { entry, applied } = await inTx((tx) =>
          grantPeriodCredits(tx, {
            customerId,
            credits: 100,
            policy,
            causeId: `invoice-${period}`,
            description: `Period ${period}`,
          }),
        );
        expect(applied).toBe(true);
        deltas[policy]?.push(entry.subscriptionDelta);
        expect(entry.purchasedDelta).toBe(0);
        // Use some of the period's credits before the next grant.
        await inTx((tx) =>
          adjustCredits(tx, {
            customerId,
            subscriptionDelta: -30,
            purchasedDelta: 0,
            causeId: `use-${period}`,
            description: "Used",
          }),
        );
      }
    }
    expect(deltas).toEqual({ reset: [100, 30, 30], accrue: [100, 100, 100] });
    expect(await buckets(reset)).toEqual({ subscription: 70, purchased: 50 });
    expect(await buckets(accrue)).toEqual({ subscription: 210, purchased: 50 });
  });

  it("applies a cause once: a replayed grant returns the first entry and changes nothing", async () => {
    const customerId = await customerOf((await newTenant()).tenantId);
    const grant = () =>
      inTx((tx) =>
        grantPeriodCredits(tx, {
          customerId,
          credits: 100,
          policy: "accrue",
          causeId: "in_1:0",
          description: "P",
        }),
      );
    const first = await grant();
    const again = await grant();
    expect(again).toEqual({ entry: first.entry, applied: false });
    expect(await buckets(customerId)).toEqual({ subscription: 100, purchased: 0 });
  });

  it("grants the bonus once per customer, also when two grants race", async () => {
    const customerId = await customerOf((await newTenant()).tenantId);
    const bonus = () =>
      inTx((tx) =>
        grantBonusCredits(tx, {
          customerId,
          credits: 500,
          causeId: "first-subscription",
          description: "Welcome",
        }),
      );
    const results = await Promise.all([bonus(), bonus(), bonus()]);
    expect(results.filter((r) => r.applied)).toHaveLength(1);
    expect(new Set(results.map((r) => r.entry.id)).size).toBe(1);
    expect((await bonus()).applied).toBe(false);
    expect(await buckets(customerId)).toEqual({ subscription: 500, purchased: 0 });
    const entries = await app().db.creditLedgerEntry.count({ where: { customerId, kind: "bonus" } });
    expect(entries).toBe(1);
  });

  it("claws purchased credits back down to zero and records what was already spent as shortfall", async () => {
    const { tenantId, caller } = await newTenant();
    const customerId = await customerOf(tenantId);
    await fund(customerId, 20, 100);
    await caller.credits.spend({ amount: 90, idempotencyKey: "before-refund" }); // 20 subscription + 70 purchased
    const { entry, applied } = await inTx((tx) =>
      clawbackPurchasedCredits(tx, { customerId, credits: 100, causeId: "re_1", description: "Refund" }),
    );
    expect(applied).toBe(true);
    expect(entry).toMatchObject({
      kind: "refund_clawback",
      purchasedDelta: -30,
      subscriptionDelta: 0,
      shortfall: 70,
      purchasedBalance: 0,
      subscriptionBalance: 0,
    });
    expect(await buckets(customerId)).toEqual({ subscription: 0, purchased: 0 });
    const [latest] = (await caller.credits.ledger()).entries;
    expect(latest).toMatchObject({ kind: "refund_clawback", shortfall: 70 });
  });

  it("ends subscription credits: reset empties the bucket, accrue keeps it without an entry", async () => {
    const resetCustomer = await customerOf((await newTenant()).tenantId);
    const accrueCustomer = await customerOf((await newTenant()).tenantId);
    for (const customerId of [resetCustomer, accrueCustomer]) await fund(customerId, 40, 15);
    const ended = await inTx((tx) =>
      endSubscriptionCredits(tx, {
        customerId: resetCustomer,
        policy: "reset",
        causeId: "sub_1",
        description: "End",
      }),
    );
    expect(ended.entry).toMatchObject({
      subscriptionDelta: -40,
      subscriptionBalance: 0,
      purchasedBalance: 15,
    });
    expect(await buckets(resetCustomer)).toEqual({ subscription: 0, purchased: 15 });
    const kept = await inTx((tx) =>
      endSubscriptionCredits(tx, {
        customerId: accrueCustomer,
        policy: "accrue",
        causeId: "sub_2",
        description: "End",
      }),
    );
    expect(kept).toEqual({ entry: null, applied: false });
    expect(await buckets(accrueCustomer)).toEqual({ subscription: 40, purchased: 15 });
    expect(
      await app().db.creditLedgerEntry.count({
        where: { customerId: accrueCustomer, kind: "subscription_ended" },
      }),
    ).toBe(0);
  });

  it("refuses an adjustment below zero and changes nothing", async () => {
    const customerId = await customerOf((await newTenant()).tenantId);
    await fund(customerId, 10, 5);
    await expect(
      inTx((tx) =>
        adjustCredits(tx, {
          customerId,
          subscriptionDelta: 0,
          purchasedDelta: -6,
          causeId: "fix",
          description: "x",
        }),
      ),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await buckets(customerId)).toEqual({ subscription: 10, purchased: 5 });
    const { entry } = await inTx((tx) =>
      adjustCredits(tx, {
        customerId,
        subscriptionDelta: -10,
        purchasedDelta: 7,
        causeId: "fix",
        description: "x",
      }),
    );
    expect(entry).toMatchObject({ subscriptionBalance: 0, purchasedBalance: 12 });
  });
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
