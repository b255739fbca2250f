import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { processStripeEvent } from "../src/modules/billing/sync/process-event.service.js";
import {
  billingTenant,
  buyBundle,
  createBundle,
  createPlan,
  customerOf,
  emulatorOf,
  settle,
  stripeOf,
  subscribe,
} from "./support/billing.js";
import { control, submitCheckout } from "./support/stripe-emulator.js";
import { useTestAppPerTest } from "./support/test-app.js";

const app = useTestAppPerTest();

function signed(payload: string, secret = app().deps.stripe.webhookSecret ?? "") {
  return {
    "Stripe-Signature": Stripe.webhooks.generateTestHeaderString({ payload, secret }),
    "Content-Type": "application/json",
  };
}

async function ledgerAndHistory(tenantId: string) {
  const customer = await customerOf(app(), tenantId);
  const ledger = await app().db.creditLedgerEntry.findMany({
    where: { customerId: customer.id },
    orderBy: { causeId: "asc" },
  });
  const transactions = await app().db.billingTransaction.findMany({
    where: { customerId: customer.id },
    orderBy: { sourceKey: "asc" },
  });
  const subscriptions = await app().db.subscription.findMany({ where: { customerId: customer.id } });
  const tenant = await app().db.tenant.findUniqueOrThrow({ where: { id: tenantId } });
  return {
    planId: tenant.planId,
    credits: [customer.subscriptionCredits, customer.purchasedCredits],
    ledger: ledger.map((e) => [e.kind, e.causeId, e.subscriptionDelta, e.purchasedDelta]),
    transactions: transactions.map((t) => [t.type, t.amountCents, t.sourceKey]),
    subscriptions: subscriptions.map((s) => [s.stripeSubscriptionId, s.status, s.cancelAtPeriodEnd]),
  };
}

describe("POST /api/webhooks/stripe", () => {
  it("refuses a missing or wrong signature with a 400 and stores nothing", async () => {
    const payload = JSON.stringify({
      id: "evt_forged",
      object: "event",
      type: "invoice.paid",
      livemode: false,
      data: { object: {} },
    });
    for (const headers of [{ "Content-Type": "application/json" }, signed(payload, "whsec_not_ours")]) {
      const response = await app().http("/api/webhooks/stripe", { method: "POST", headers, body: payload });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        code: "BAD_REQUEST",
        error: expect.stringContaining("Stripe-Signature"),
      });
    }
    const tampered = await app().http("/api/webhooks/stripe", {
      method: "POST",
      headers: signed(payload),
      body: `${payload} `,
    });
    expect(tampered.status).toBe(400);
    expect(await app().db.stripeEvent.count()).toBe(0);
    expect((await app().http("/api/webhooks/stripe")).status).toBe(405);
  });

  it("stores each event once: a duplicate is a 200 with no effect, also at seed 001's path", async () => {
    const payload = JSON.stringify({
      id: "evt_unknown_type",
      object: "event",
      type: "product.created",
      livemode: false,
      data: { object: { id: "prod_1", object: "product" } },
    });
    const first = await app().http("/api/webhooks/stripe", {
      method: "POST",
      headers: signed(payload),
      body: payload,
    });
    expect(await first.json()).toEqual({ received: true, duplicate: false });
    const again = await app().http("/api/v1/billing/webhooks", {
      method: "POST",
      headers: signed(payload),
      body: payload,
    });
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    await settle(app());
    expect(await app().db.stripeEvent.findMany()).toEqual([
      expect.objectContaining({ id: "evt_unknown_type", outcome: "ignored" }),
    ]);
  });

  it("ignores events about objects that are not ours, or from the other mode, without retrying them", async () => {
    const stripe = stripeOf(app());
    const foreign = await stripe.customers.create({ name: "Someone else's" });
    const payload = JSON.stringify({
      id: "evt_foreign",
      object: "event",
      type: "customer.subscription.updated",
      livemode: false,
      data: { object: { id: "sub_x", object: "subscription", customer: foreign.id } },
    });
    const live = JSON.stringify({
      id: "evt_live",
      object: "event",
      type: "invoice.paid",
      livemode: true,
      data: { object: { id: "in_x", object: "invoice", customer: foreign.id } },
    });
    for (const body of [payload, live])
      await app().http("/api/webhooks/stripe", { method: "POST", headers: signed(body), body });
    await settle(app());
    const events = await app().db.stripeEvent.findMany({
      where: { id: { in: ["evt_foreign", "evt_live"] } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.id, e.outcome, e.attempts])).toEqual([
      ["evt_foreign", "ignored", 1],
      ["evt_live", "ignored", 1],
    ]);
  });

  it("applies 50 parallel deliveries of one event exactly once", async () => {
    const bundle = await createBundle(app(), 300, 2500);
    const tenant = await billingTenant(app());
    await control(emulatorOf(app()), "webhooks/configure", { copies: 50 });
    await buyBundle(app(), tenant, bundle.id);
    const completed = await app().db.stripeEvent.findFirstOrThrow({
      where: { type: "checkout.session.completed" },
    });
    const deliveries = (await control(emulatorOf(app()), "webhooks/deliveries")).deliveries as {
      eventId: string;
    }[];
    expect(deliveries.filter((d) => d.eventId === completed.id).length).toBeGreaterThanOrEqual(50);
    expect(await app().db.stripeEvent.count({ where: { id: completed.id } })).toBe(1);
    const state = await ledgerAndHistory(tenant.tenantId);
    expect(state.credits).toEqual([0, 300]);
    expect(state.transactions).toHaveLength(1);
    expect(state.ledger).toHaveLength(1);
  }, 60_000);

  it("ends in the same state and ledger when a lifecycle's events arrive shuffled as in order", async () => {
    async function lifecycle(order: "in_order" | "shuffle") {
      const plan = await createPlan(app(), { bonusCredits: 50, usageCreditsPerMonth: 200 });
      const bundle = await createBundle(app(), 100, 900);
      const tenant = await billingTenant(app());
      await control(emulatorOf(app()), "webhooks/hold");
      const checkout = await tenant.caller.billing.checkout({ planId: plan.id });
      await submitCheckout(checkout.checkoutUrl ?? "", "pay");
      const purchase = await tenant.caller.billing.checkout({ bundleId: bundle.id });
      await submitCheckout(purchase.checkoutUrl ?? "", "pay");
      const stripeCustomer = (await customerOf(app(), tenant.tenantId)).stripeCustomerId ?? "";
      const [sub] = (await stripeOf(app()).subscriptions.list({ customer: stripeCustomer })).data;
      await stripeOf(app()).subscriptions.update(sub?.id ?? "", { cancel_at_period_end: true });
      await control(emulatorOf(app()), "webhooks/release", { order });
      await settle(app());
      const state = await ledgerAndHistory(tenant.tenantId);
      // Ids differ between the two runs; compare their shapes.
      return {
        ...state,
        ledger: state.ledger.map(([kind, , s, p]) => [kind, s, p]).sort(),
        transactions: state.transactions.map(([t, a]) => [t, a]).sort(),
        subscriptions: state.subscriptions.map(([, status, cancel]) => [status, cancel]),
        planId: state.planId === plan.id,
      };
    }
    const inOrder = await lifecycle("in_order");
    const shuffled = await lifecycle("shuffle");
    expect(shuffled).toEqual(inOrder);
    expect(inOrder).toMatchObject({ planId: true, credits: [250, 100], subscriptions: [["active", true]] });
  }, 60_000);

  it("ends right when an event beats our own write of the Stripe customer id", async () => {
    const bundle = await createBundle(app(), 60, 600);
    const tenant = await billingTenant(app());
    const { checkoutUrl } = await tenant.caller.billing.checkout({ bundleId: bundle.id });
    await control(emulatorOf(app()), "webhooks/hold");
    await submitCheckout(checkoutUrl ?? "", "pay");
    // As if the events arrived before our transaction saving the Stripe customer id had committed.
    const { stripeCustomerId } = await customerOf(app(), tenant.tenantId);
    await app().db.billingCustomer.updateMany({
      where: { tenantId: tenant.tenantId },
      data: { stripeCustomerId: null },
    });
    await control(emulatorOf(app()), "webhooks/release");
    await settle(app());
    expect(await customerOf(app(), tenant.tenantId)).toMatchObject({
      stripeCustomerId,
      purchasedCredits: 60,
    });
  }, 60_000);

  it("retries a handler that crashed once, and applies its effect once", async () => {
    const bundle = await createBundle(app(), 120, 1500);
    const tenant = await billingTenant(app());
    const { checkoutUrl } = await tenant.caller.billing.checkout({ bundleId: bundle.id });
    await control(emulatorOf(app()), "webhooks/hold");
    await submitCheckout(checkoutUrl ?? "", "pay");
    // Every Stripe read of the first attempt fails (the SDK itself retries twice): the job throws.
    const customer = await customerOf(app(), tenant.tenantId);
    const completed = await stripeOf(app()).events.list({ type: "checkout.session.completed", limit: 1 });
    const event = completed.data[0];
    if (!event) throw new Error("no event");
    const payload = JSON.stringify(event);
    await app().db.stripeEvent.create({
      data: { id: event.id, type: event.type, livemode: false, payload: JSON.parse(payload) },
    });
    await control(emulatorOf(app()), "fail-next", { count: 12 });
    await expect(processStripeEvent(app().deps, event.id)).rejects.toThrow();
    const failed = await app().db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(failed).toMatchObject({
      processedAt: null,
      attempts: 1,
      lastError: expect.stringContaining("emulated outage"),
    });
    expect((await customerOf(app(), tenant.tenantId)).purchasedCredits).toBe(0);

    await processStripeEvent(app().deps, event.id);
    await control(emulatorOf(app()), "webhooks/release");
    await settle(app());
    expect(await app().db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      outcome: "processed",
      attempts: 2,
    });
    const state = await ledgerAndHistory(tenant.tenantId);
    expect(state.credits).toEqual([0, 120]);
    expect(state.transactions).toHaveLength(1);
    expect(customer.id).toBeTruthy();
  }, 60_000);

  it("is retried by the job queue after a crash, never left stuck", async () => {
    const bundle = await createBundle(app(), 80, 700);
    const tenant = await billingTenant(app());
    await control(emulatorOf(app()), "fail-next", { count: 0 });
    const { checkoutUrl } = await tenant.caller.billing.checkout({ bundleId: bundle.id });
    await control(emulatorOf(app()), "webhooks/hold");
    await submitCheckout(checkoutUrl ?? "", "pay");
    await control(emulatorOf(app()), "fail-next", { count: 12 });
    await control(emulatorOf(app()), "webhooks/release");
    await settle(app());
    expect((await customerOf(app(), tenant.tenantId)).purchasedCredits).toBe(80);
    expect(await app().db.stripeEvent.count({ where: { attempts: { gt: 1 } } })).toBeGreaterThan(0);
  }, 60_000);
});

describe("reconciliation", () => {
  it("finds and corrects drift from Stripe, and reports it", async () => {
    const plan = await createPlan(app());
    const tenant = await billingTenant(app());
    await subscribe(app(), tenant, plan.id);
    // Our state drifts (a missed event): the tenant fell back to Free and the subscription row says canceled.
    await app().db.subscription.updateMany({
      where: { customer: { tenantId: tenant.tenantId } },
      data: { status: "canceled" },
    });
    await app().db.tenant.update({
      where: { id: tenant.tenantId },
      data: { planId: "00000000-0000-4000-8000-00000000f4ee" },
    });
    const { reconcileAll } = await import("../src/modules/billing/sync/reconcile.service.js");
    const report = await reconcileAll(app().deps);
    const corrected = report.corrected.find((c) => c.tenantId === tenant.tenantId);
    expect(corrected?.changes.join("\n")).toMatch(/canceled → active/);
    expect((await app().db.tenant.findUniqueOrThrow({ where: { id: tenant.tenantId } })).planId).toBe(
      plan.id,
    );
    const again = await reconcileAll(app().deps);
    expect(again.corrected.find((c) => c.tenantId === tenant.tenantId)).toBeUndefined();
  }, 60_000);
});
