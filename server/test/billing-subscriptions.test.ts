import { describe, expect, it } from "vitest";
import { FREE_PLAN_ID } from "../src/modules/billing/platform-app.js";
import {
  advance,
  billingTenant,
  buyBundle,
  createBundle,
  createPlan,
  customerOf,
  emulatorOf,
  planOf,
  settle,
  stripeOf,
  subscribe,
} from "./support/billing.js";
import { ManualClock } from "./support/manual-clock.js";
import { control, submitCheckout } from "./support/stripe-emulator.js";
import { useTestApp, useTestAppPerTest } from "./support/test-app.js";

const shared = useTestApp();

describe("subscribing through Stripe Checkout", () => {
  it("subscribes monthly: plan, period credits, a numbered transaction, seed-shaped status", async () => {
    const plan = await createPlan(shared(), { usageCreditsPerMonth: 1000, bonusCredits: 250 });
    const tenant = await billingTenant(shared());
    const location = await subscribe(shared(), tenant, plan.id, "month");
    expect(location).toMatch(/\/app\/billing\/return\?session_id=cs_/);

    expect((await planOf(shared(), tenant.tenantId)).id).toBe(plan.id);
    const customer = await customerOf(shared(), tenant.tenantId);
    expect(customer).toMatchObject({ subscriptionCredits: 1250, purchasedCredits: 0 });
    const { transactions } = await tenant.caller.billing.transactions({});
    expect(transactions).toHaveLength(1);
    expect(transactions[0]).toMatchObject({ type: "subscription", amountCents: 2900, currency: "usd" });
    expect(transactions[0]?.invoiceNumber).toMatch(/^INV-\d{4,}$/);

    const status = (await (await tenant.rest("/api/v1/billing")).json()) as Record<string, string>;
    expect(status).toMatchObject({
      plan: plan.name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      status: "active",
      cancel_at_period_end: false,
    });
    expect(new Date(status.current_period_end ?? 0).getTime()).toBeGreaterThan(Date.now() + 27 * 86_400_000);
    const plans = await tenant.caller.billing.plans();
    expect(plans).toMatchObject({
      currentPlanId: plan.id,
      billingStatus: "active",
      billingInterval: "month",
      tenantSubscriptionCredits: 1250,
    });
  });

  it("subscribes annually at 12 × monthly × (1 − discount), rounded to cents", async () => {
    const plan = await createPlan(shared(), { monthlyPriceCents: 2999, annualDiscountPct: 17 });
    const tenant = await billingTenant(shared());
    await subscribe(shared(), tenant, plan.id, "year");
    const { transactions } = await tenant.caller.billing.transactions({});
    expect(transactions[0]?.amountCents).toBe(Math.round(12 * 2999 * 0.83));
    expect((await tenant.caller.billing.plans()).billingInterval).toBe("year");
  });

  it("buys a bundle: purchased credits and a purchase transaction", async () => {
    const bundle = await createBundle(shared(), 500, 4900);
    const tenant = await billingTenant(shared());
    await buyBundle(shared(), tenant, bundle.id);
    expect(await customerOf(shared(), tenant.tenantId)).toMatchObject({
      purchasedCredits: 500,
      subscriptionCredits: 0,
    });
    const { transactions } = await tenant.caller.billing.transactions({});
    expect(transactions[0]).toMatchObject({ type: "purchase", amountCents: 4900, description: bundle.name });
    expect((await planOf(shared(), tenant.tenantId)).id).toBe(FREE_PLAN_ID);
  });

  it("assigns free plans and billing-waived tenants at once, without Stripe", async () => {
    const free = await createPlan(shared(), { monthlyPriceCents: 0, usageCreditsPerMonth: 0 });
    const paid = await createPlan(shared());
    const tenant = await billingTenant(shared());
    expect(await tenant.caller.billing.checkout({ planId: free.id })).toEqual({
      checkoutUrl: null,
      assigned: true,
    });
    expect((await planOf(shared(), tenant.tenantId)).id).toBe(free.id);

    const waived = await billingTenant(shared());
    await shared().db.billingCustomer.create({
      data: { appId: paid.appId, tenantId: waived.tenantId, billingWaived: true },
    });
    expect(await waived.caller.billing.checkout({ planId: paid.id, billingInterval: "year" })).toEqual({
      checkoutUrl: null,
      assigned: true,
    });
    expect((await planOf(shared(), waived.tenantId)).id).toBe(paid.id);
    expect((await customerOf(shared(), waived.tenantId)).stripeCustomerId).toBeNull();
  });

  it("refuses bad checkout input with a 400 and changes nothing", async () => {
    const plan = await createPlan(shared());
    const bundle = await createBundle(shared());
    const tenant = await billingTenant(shared());
    for (const body of [
      {},
      { planId: plan.id, bundleId: bundle.id },
      { bundleId: bundle.id, billingInterval: "year" },
      { planId: "nope" },
      { planId: plan.id, billingInterval: "week" },
    ]) {
      const response = await tenant.rest("/api/v1/billing/checkout", {
        method: "POST",
        body: JSON.stringify(body),
      });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await response.json()).toMatchObject({ code: expect.any(String), error: expect.any(String) });
    }
    const unknown = await tenant.rest("/api/v1/billing/checkout", {
      method: "POST",
      body: JSON.stringify({ planId: "00000000-0000-4000-8000-000000000001" }),
    });
    expect(unknown.status).toBe(404);
    expect(
      await shared().db.billingCustomer.count({
        where: { tenantId: tenant.tenantId, stripeCustomerId: { not: null } },
      }),
    ).toBe(0);
  });

  it("answers 503 when Stripe is down, not a 500, and a retry later works", async () => {
    const plan = await createPlan(shared());
    const tenant = await billingTenant(shared());
    await control(emulatorOf(shared()), "fail-next", { count: 30 });
    const down = await tenant.rest("/api/v1/billing/checkout", {
      method: "POST",
      body: JSON.stringify({ planId: plan.id }),
    });
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      error: expect.stringContaining("payment provider"),
    });
    await control(emulatorOf(shared()), "fail-next", { count: 0 });
    const { checkoutUrl } = await tenant.caller.billing.checkout({ planId: plan.id });
    expect(checkoutUrl).toContain("/checkout/cs_");
  });

  it("answers the portal with 400 before any billing, and a portal URL after", async () => {
    const tenant = await billingTenant(shared());
    const refused = await tenant.rest("/api/v1/billing/portal", { method: "POST" });
    expect(refused.status).toBe(400);
    await subscribe(shared(), tenant, (await createPlan(shared())).id);
    const { portalUrl } = await tenant.caller.billing.portal();
    expect(portalUrl).toContain("/portal/");
  });

  it("creates one Stripe customer for two parallel checkouts, and never leaves two live subscriptions", async () => {
    const plan = await createPlan(shared());
    const tenant = await billingTenant(shared());
    const [first, second] = await Promise.all([
      tenant.caller.billing.checkout({ planId: plan.id }),
      tenant.caller.billing.checkout({ planId: plan.id }),
    ]);
    const customers = await stripeOf(shared()).customers.list({ limit: 100 });
    const ours = customers.data.filter((c) => c.metadata.baseplate_tenant_id === tenant.tenantId);
    expect(ours).toHaveLength(1);
    await Promise.all([
      submitCheckout(first.checkoutUrl ?? "", "pay"),
      submitCheckout(second.checkoutUrl ?? "", "pay"),
    ]);
    await settle(shared());
    const live = await stripeOf(shared()).subscriptions.list({
      customer: ours[0]?.id ?? "",
      status: "active",
    });
    expect(live.data).toHaveLength(1);
    expect(
      await shared().db.subscription.count({
        where: { customer: { tenantId: tenant.tenantId }, status: "active" },
      }),
    ).toBe(1);
  });
});

/** Time moves for every subscription of an emulator: each case gets its own app, emulator and clock. */
describe("the subscription over time", { timeout: 60_000 }, () => {
  let clock = new ManualClock();
  const app = useTestAppPerTest(() => {
    clock = new ManualClock();
    return { clock, env: { BILLING_GRACE_PERIOD_DAYS: "7" } };
  });

  /** Subscribes, then makes the renewal fail (the card declines): past_due, Stripe retrying. */
  async function failRenewal(plan: { id: string }) {
    const tenant = await billingTenant(app());
    await subscribe(app(), tenant, plan.id);
    const { stripeCustomerId } = await customerOf(app(), tenant.tenantId);
    await control(emulatorOf(app()), `customers/${stripeCustomerId}/card`, { failing: true });
    await advance(app(), clock, 31, [tenant]);
    expect((await tenant.caller.billing.status()).status).toBe("past_due");
    return { tenant, stripeCustomerId };
  }

  it("cancels at period end: keeps the plan until then, then Free with reset credits expired", async () => {
    const plan = await createPlan(app(), { creditResetPolicy: "reset" });
    const tenant = await billingTenant(app());
    await subscribe(app(), tenant, plan.id);
    const canceled = await tenant.caller.billing.cancel();
    expect(canceled.message).toBe("Subscription will cancel at end of billing period");
    expect((await planOf(app(), tenant.tenantId)).id).toBe(plan.id);
    expect((await tenant.caller.billing.status()).cancel_at_period_end).toBe(true);

    await advance(app(), clock, 32, [tenant]);
    expect((await planOf(app(), tenant.tenantId)).id).toBe(FREE_PLAN_ID);
    expect(await customerOf(app(), tenant.tenantId)).toMatchObject({ subscriptionCredits: 0 });
    expect(await tenant.caller.billing.status()).toMatchObject({ plan: "free", status: null });
  });

  it("resumes before the period ends and stays subscribed through the renewal", async () => {
    const plan = await createPlan(app());
    const tenant = await billingTenant(app());
    await subscribe(app(), tenant, plan.id);
    await tenant.caller.billing.cancel();
    await tenant.caller.billing.resume();
    await advance(app(), clock, 32, [tenant]);
    expect((await planOf(app(), tenant.tenantId)).id).toBe(plan.id);
    expect((await tenant.caller.billing.status()).status).toBe("active");
    expect((await tenant.caller.billing.transactions({})).transactions).toHaveLength(2);
  });

  it("goes past_due on a failed renewal, keeps access, and recovers when a retry succeeds", async () => {
    const plan = await createPlan(app());
    const { tenant, stripeCustomerId } = await failRenewal(plan);
    expect((await planOf(app(), tenant.tenantId)).id).toBe(plan.id);

    await control(emulatorOf(app()), `customers/${stripeCustomerId}/card`, { failing: false });
    await advance(app(), clock, 4, [tenant]);
    expect((await tenant.caller.billing.status()).status).toBe("active");
    expect((await tenant.caller.billing.transactions({})).transactions).toHaveLength(2);
  });

  it("restricts a past_due tenant to Free once the grace period is over", async () => {
    const { tenant } = await failRenewal(await createPlan(app()));
    await advance(app(), clock, 8, [tenant]);
    const { sweepBilling } = await import("../src/modules/billing/sync/sweep.service.js");
    await sweepBilling(app().deps);
    expect((await tenant.caller.billing.status()).status).toBe("restricted");
    expect((await planOf(app(), tenant.tenantId)).id).toBe(FREE_PLAN_ID);
  });

  it("grants credits per policy across three periods and never touches purchased credits", async () => {
    const reset = await createPlan(app(), { creditResetPolicy: "reset", usageCreditsPerMonth: 100 });
    const accrue = await createPlan(app(), { creditResetPolicy: "accrue", usageCreditsPerMonth: 100 });
    const bundle = await createBundle(app(), 40, 500);
    const [resetting, accruing] = [await billingTenant(app()), await billingTenant(app())];
    for (const [tenant, plan] of [
      [resetting, reset],
      [accruing, accrue],
    ] as const) {
      await buyBundle(app(), tenant, bundle.id);
      await subscribe(app(), tenant, plan.id);
      await tenant.caller.credits.spend({ amount: 30, idempotencyKey: `spend-${tenant.tenantId}` });
    }
    await advance(app(), clock, 31, [resetting, accruing]);
    await advance(app(), clock, 31, [resetting, accruing]);
    expect(await customerOf(app(), resetting.tenantId)).toMatchObject({
      subscriptionCredits: 100,
      purchasedCredits: 40,
    });
    expect(await customerOf(app(), accruing.tenantId)).toMatchObject({
      subscriptionCredits: 270,
      purchasedCredits: 40,
    });
  });

  it("refunds a bundle: a refund transaction, and its credits clawed back down to zero with the shortfall recorded", async () => {
    const bundle = await createBundle(app(), 100, 1000);
    const tenant = await billingTenant(app());
    await buyBundle(app(), tenant, bundle.id);
    await tenant.caller.credits.spend({ amount: 70, idempotencyKey: "use-most" });
    const purchase = await app().db.billingTransaction.findFirstOrThrow({
      where: { tenantId: tenant.tenantId, type: "purchase" },
    });
    await stripeOf(app()).refunds.create({ payment_intent: purchase.stripePaymentIntentId ?? "" });
    await settle(app());
    expect(await customerOf(app(), tenant.tenantId)).toMatchObject({ purchasedCredits: 0 });
    const clawback = await app().db.creditLedgerEntry.findFirstOrThrow({
      where: { customer: { tenantId: tenant.tenantId }, kind: "refund_clawback" },
    });
    expect(clawback).toMatchObject({ purchasedDelta: -30, shortfall: 70 });
    const { transactions } = await tenant.caller.billing.transactions({});
    expect(transactions.map((t) => [t.type, t.amountCents]).sort()).toEqual([
      ["purchase", 1000],
      ["refund", -1000],
    ]);
  });
});
