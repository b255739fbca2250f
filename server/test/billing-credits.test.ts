import { beforeAll, describe, expect, it } from "vitest";
import {
  adjustCredits,
  clawbackPurchasedCredits,
  endSubscriptionCredits,
  grantBonusCredits,
  grantPeriodCredits,
} from "../src/modules/billing/credits/services/credit-ledger.service.js";
import { signUp } from "./support/auth.js";
import { creditFixtures } from "./support/credits.js";
import { json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();
const { newTenant, customerOf, inTx, buckets, fund } = creditFixtures(app);

// The first account becomes the root tenant's owner: take that seat first, so test tenants are ordinary ones.
beforeAll(async () => {
  await signUp(app(), { displayName: "Root Operator" });
});

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
