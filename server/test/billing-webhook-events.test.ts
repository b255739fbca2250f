import { describe, expect, it } from "vitest";
import { reconcileAll } from "../src/modules/billing/sync/reconcile.service.js";
import { WEBHOOK_EVENTS, type WebhookEventType } from "../src/modules/webhooks/catalog/event-catalog.js";
import {
  advance,
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
import type { Json } from "./support/json.js";
import { ManualClock } from "./support/manual-clock.js";
import { control } from "./support/stripe-emulator.js";
import { useTestApp } from "./support/test-app.js";

const clock = new ManualClock();
const app = useTestApp({ clock, env: { CREDITS_LOW_THRESHOLD: "50", BILLING_GRACE_PERIOD_DAYS: "7" } });

/** The tenant's outbox, oldest first, each payload checked against the catalog's schema. */
async function eventsOf(tenantId: string) {
  const rows = await app().db.webhookEvent.findMany({
    where: { tenantId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => {
    const payload = row.payload as {
      id: string;
      type: WebhookEventType;
      tenantId: string;
      createdAt: string;
      data: unknown;
    };
    expect(payload).toMatchObject({ id: row.id, type: row.type, tenantId });
    expect(Number.isNaN(Date.parse(payload.createdAt))).toBe(false);
    return {
      type: payload.type,
      data: WEBHOOK_EVENTS[payload.type].data.parse(payload.data) as Json,
    };
  });
}

const billingTypes = (events: { type: string }[]) =>
  events.map((event) => event.type).filter((type) => !/^(tenant|member|user)\./.test(type));

describe("billing raises webhook events once per real change", () => {
  it("subscribe, cancel and resume, a bundle, a spend crossing the low mark, a refund", async () => {
    const plan = await createPlan(app(), { usageCreditsPerMonth: 0 });
    const tenant = await billingTenant(app());
    await subscribe(app(), tenant, plan.id);
    let events = await eventsOf(tenant.tenantId);
    expect(billingTypes(events)).toEqual(["subscription.activated", "invoice.paid"]);
    const paid = events.find((event) => event.type === "invoice.paid");
    expect(paid?.data).toMatchObject({
      planId: plan.id,
      transaction: { type: "subscription", amountCents: 2900 },
    });
    expect(paid?.data.transaction.invoiceNumber).toMatch(/^INV-\d{4}$/);

    await tenant.caller.billing.cancel();
    await settle(app());
    await tenant.caller.billing.resume();
    await settle(app());
    events = await eventsOf(tenant.tenantId);
    const updates = events.filter((event) => event.type === "subscription.updated");
    expect(
      updates.map((event) => [
        event.data.previous.cancelAtPeriodEnd,
        event.data.subscription.cancelAtPeriodEnd,
      ]),
    ).toEqual([
      [false, true],
      [true, false],
    ]);

    const bundle = await createBundle(app(), 100, 1000);
    await buyBundle(app(), tenant, bundle.id);
    await tenant.caller.credits.spend({ amount: 40, idempotencyKey: "first" }); // 100 → 60: above 50
    await tenant.caller.credits.spend({ amount: 20, idempotencyKey: "crossing" }); // 60 → 40: crosses
    await tenant.caller.credits.spend({ amount: 20, idempotencyKey: "crossing" }); // a replay: nothing
    await tenant.caller.credits.spend({ amount: 10, idempotencyKey: "below" }); // 40 → 30: already low
    const purchase = await app().db.billingTransaction.findFirstOrThrow({
      where: { tenantId: tenant.tenantId, type: "purchase" },
    });
    await stripeOf(app()).refunds.create({ payment_intent: purchase.stripePaymentIntentId ?? "" });
    await settle(app());
    // A full re-sync of every customer (the nightly reconcile) changes nothing, so it raises nothing.
    const before = (await eventsOf(tenant.tenantId)).length;
    await reconcileAll(app().deps);
    events = await eventsOf(tenant.tenantId);
    expect(events).toHaveLength(before);
    expect(billingTypes(events).slice(4)).toEqual(["credits.purchased", "credits.low", "refund.created"]);
    expect(events.find((event) => event.type === "credits.purchased")?.data).toMatchObject({
      bundleId: bundle.id,
      credits: 100,
      transaction: { id: purchase.id, type: "purchase", amountCents: 1000 },
    });
    expect(events.find((event) => event.type === "credits.low")?.data).toEqual({
      balance: 40,
      subscriptionCredits: 0,
      purchasedCredits: 40,
      threshold: 50,
    });
    expect(events.find((event) => event.type === "refund.created")?.data).toMatchObject({
      refundedTransactionId: purchase.id,
      transaction: { type: "refund", amountCents: -1000 },
    });
  });

  it("a failed renewal raises past_due and payment.failed; the retry that succeeds, activated and invoice.paid", async () => {
    const plan = await createPlan(app(), { usageCreditsPerMonth: 0 });
    const tenant = await billingTenant(app());
    await subscribe(app(), tenant, plan.id);
    const { stripeCustomerId } = await customerOf(app(), tenant.tenantId);
    await control(emulatorOf(app()), `customers/${stripeCustomerId}/card`, { failing: true });
    await advance(app(), clock, 31, [tenant]);
    expect(billingTypes(await eventsOf(tenant.tenantId)).slice(2)).toEqual([
      "subscription.past_due",
      "payment.failed",
    ]);
    await control(emulatorOf(app()), `customers/${stripeCustomerId}/card`, { failing: false });
    await advance(app(), clock, 4, [tenant]);
    expect(billingTypes(await eventsOf(tenant.tenantId)).slice(4)).toEqual([
      "subscription.activated",
      "invoice.paid",
    ]);
  });

  it("a cancellation at period end raises canceled when the period ends", async () => {
    const tenant = await billingTenant(app());
    await subscribe(app(), tenant, (await createPlan(app(), { usageCreditsPerMonth: 0 })).id);
    await tenant.caller.billing.cancel();
    await advance(app(), clock, 32, [tenant]);
    const events = await eventsOf(tenant.tenantId);
    expect(billingTypes(events).at(-1)).toBe("subscription.canceled");
    expect(events.at(-1)?.data.subscription).toMatchObject({ status: "canceled" });
  });
});
