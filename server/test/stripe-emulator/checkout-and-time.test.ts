import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StripeEmulator } from "../../src/stripe-emulator/index.js";
import {
  control,
  startEmulatorWithReceiver,
  submitCheckout,
  type WebhookReceiver,
} from "../support/stripe-emulator.js";

const DAY = 86_400;
let emulator: StripeEmulator;
let receiver: WebhookReceiver;
let stripe: Stripe;
let monthly: Stripe.Price;
let annual: Stripe.Price;

beforeAll(async () => {
  ({ emulator, receiver, stripe } = await startEmulatorWithReceiver());
  const product = await stripe.products.create({ name: "Pro" });
  monthly = await stripe.prices.create({
    product: product.id,
    unit_amount: 2900,
    currency: "usd",
    recurring: { interval: "month" },
  });
  annual = await stripe.prices.create({
    product: product.id,
    unit_amount: 27840,
    currency: "usd",
    recurring: { interval: "year" },
  });
});
afterAll(async () => {
  await emulator.close();
  await receiver.close();
});

async function subscribe(price: Stripe.Price, email = `buyer-${Math.random()}@example.test`) {
  const customer = await stripe.customers.create({ email });
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer: customer.id,
    line_items: [{ price: price.id, quantity: 1 }],
    success_url: "http://app.test/billing/return?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "http://app.test/billing",
    subscription_data: { metadata: { tenantId: "tenant-1" } },
  });
  return { customer, session };
}

async function advanceDays(days: number) {
  const { now } = await control(emulator, "time");
  await control(emulator, "advance", { seconds: days * DAY });
  return Number(now) + days * DAY;
}

describe("hosted checkout", () => {
  it("shows the line items and total, and Pay creates a paid subscription, then redirects with the session id", async () => {
    const { customer, session } = await subscribe(monthly);
    expect(session.url).toBe(`${emulator.url}/checkout/${session.id}`);
    const page = await (await fetch(session.url ?? "")).text();
    expect(page).toContain("Pro");
    expect(page).toContain("29.00 USD");
    expect(page).toContain("Test mode — Stripe emulator");

    const paid = await submitCheckout(session.url ?? "", "pay");
    expect(paid.status).toBe(303);
    expect(paid.location).toBe(`http://app.test/billing/return?session_id=${session.id}`);

    const completed = await stripe.checkout.sessions.retrieve(session.id, { expand: ["subscription"] });
    expect(completed).toMatchObject({ status: "complete", payment_status: "paid" });
    const subscription = completed.subscription as Stripe.Subscription;
    expect(subscription).toMatchObject({
      status: "active",
      customer: customer.id,
      metadata: { tenantId: "tenant-1" },
    });
    const [item] = subscription.items.data;
    expect(item?.price.id).toBe(monthly.id);
    expect((item?.current_period_end ?? 0) - (item?.current_period_start ?? 0)).toBeGreaterThanOrEqual(
      28 * DAY,
    );

    const invoices = await stripe.invoices.list({ customer: customer.id });
    expect(invoices.data).toHaveLength(1);
    const [invoice] = invoices.data;
    expect(invoice).toMatchObject({
      status: "paid",
      amount_paid: 2900,
      billing_reason: "subscription_create",
      parent: { subscription_details: { subscription: subscription.id } },
    });
    const intentId = invoice?.payments?.data[0]?.payment.payment_intent as string;
    expect((await stripe.paymentIntents.retrieve(intentId)).status).toBe("succeeded");
  });

  it("Decline shows the card error on the page and charges nothing", async () => {
    const { customer, session } = await subscribe(monthly);
    const declined = await submitCheckout(session.url ?? "", "decline");
    expect(declined.status).toBe(402);
    expect(declined.html).toContain("Your card was declined.");
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
    expect((await stripe.subscriptions.list({ customer: customer.id })).data).toHaveLength(0);
    expect((await stripe.invoices.list({ customer: customer.id })).data).toHaveLength(0);
  });

  it("sells one-time payments too", async () => {
    const bundle = await stripe.prices.create({
      product_data: { name: "1,000 credits" },
      unit_amount: 900,
      currency: "usd",
    });
    const session = await stripe.checkout.sessions.create({
      mode: "payment",
      customer_email: "once@example.test",
      line_items: [{ price: bundle.id, quantity: 2 }],
      success_url: "http://app.test/ok?s={CHECKOUT_SESSION_ID}",
      payment_intent_data: { metadata: { bundleId: "b1" } },
    });
    expect(session.amount_total).toBe(1800);
    await submitCheckout(session.url ?? "", "pay");
    const done = await stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent"] });
    expect(done.payment_status).toBe("paid");
    expect(typeof done.customer).toBe("string");
    expect(done.payment_intent).toMatchObject({
      status: "succeeded",
      amount: 1800,
      metadata: { bundleId: "b1" },
    });
    const lines = await stripe.checkout.sessions.listLineItems(session.id);
    expect(lines.data[0]).toMatchObject({ quantity: 2, amount_total: 1800 });
  });
});

describe("time: renewals, dunning, cancellation", () => {
  it("renews monthly: each period end bills and pays the next invoice", async () => {
    const { customer, session } = await subscribe(monthly);
    await submitCheckout(session.url ?? "", "pay");
    await advanceDays(31 * 3);
    const invoices = await stripe.invoices.list({ customer: customer.id });
    expect(invoices.data.map((invoice) => [invoice.billing_reason, invoice.status])).toEqual([
      ["subscription_cycle", "paid"],
      ["subscription_cycle", "paid"],
      ["subscription_cycle", "paid"],
      ["subscription_create", "paid"],
    ]);
  });

  it("bills annual plans once a year", async () => {
    const { customer, session } = await subscribe(annual);
    await submitCheckout(session.url ?? "", "pay");
    await advanceDays(200);
    expect((await stripe.invoices.list({ customer: customer.id })).data).toHaveLength(1);
    await advanceDays(200);
    expect((await stripe.invoices.list({ customer: customer.id })).data).toHaveLength(2);
  });

  it("a failing card makes the renewal past_due; a retry with a working card recovers", async () => {
    const { customer, session } = await subscribe(monthly);
    await submitCheckout(session.url ?? "", "pay");
    await control(emulator, `customers/${customer.id}/card`, { failing: true });
    await advanceDays(31);
    const [subscription] = (await stripe.subscriptions.list({ customer: customer.id })).data;
    expect(subscription?.status).toBe("past_due");
    const [failed] = (await stripe.invoices.list({ customer: customer.id, status: "open" })).data;
    expect(failed).toMatchObject({ attempt_count: 1, amount_paid: 0 });
    expect(failed?.next_payment_attempt).toBeGreaterThan(0);

    await control(emulator, `customers/${customer.id}/card`, { failing: false });
    await advanceDays(3);
    expect((await stripe.subscriptions.retrieve(subscription?.id ?? "")).status).toBe("active");
    expect((await stripe.invoices.retrieve(failed?.id ?? "")).status).toBe("paid");
  });

  it("ends the subscription after the last failed retry", async () => {
    const { customer, session } = await subscribe(monthly);
    await submitCheckout(session.url ?? "", "pay");
    await control(emulator, `customers/${customer.id}/card`, { failing: true });
    await advanceDays(31 + 3 + 5 + 7 + 1);
    const subscription = (await stripe.subscriptions.list({ customer: customer.id, status: "all" })).data[0];
    expect(subscription).toMatchObject({
      status: "canceled",
      cancellation_details: { reason: "payment_failed" },
    });
    const invoice = (await stripe.invoices.list({ customer: customer.id })).data.find(
      (i) => i.billing_reason === "subscription_cycle",
    );
    expect(invoice).toMatchObject({ status: "uncollectible", attempt_count: 4 });
  });

  it("cancel at period end keeps the subscription until then; resuming before it keeps it going", async () => {
    const first = await subscribe(monthly);
    await submitCheckout(first.session.url ?? "", "pay");
    const subscriptionId = (await stripe.checkout.sessions.retrieve(first.session.id)).subscription as string;
    const scheduled = await stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: true });
    expect(scheduled).toMatchObject({ status: "active", cancel_at_period_end: true });
    expect(scheduled.cancel_at).toBe(scheduled.items.data[0]?.current_period_end);
    await advanceDays(32);
    expect((await stripe.subscriptions.retrieve(subscriptionId)).status).toBe("canceled");

    const second = await subscribe(monthly);
    await submitCheckout(second.session.url ?? "", "pay");
    const otherId = (await stripe.checkout.sessions.retrieve(second.session.id)).subscription as string;
    await stripe.subscriptions.update(otherId, { cancel_at_period_end: true });
    await stripe.subscriptions.update(otherId, { cancel_at_period_end: false });
    await advanceDays(32);
    expect((await stripe.subscriptions.retrieve(otherId)).status).toBe("active");
  });
});

describe("billing portal page", () => {
  it("cancels at period end, resumes and switches plan", async () => {
    const { customer, session } = await subscribe(monthly);
    await submitCheckout(session.url ?? "", "pay");
    const subscriptionId = (await stripe.checkout.sessions.retrieve(session.id)).subscription as string;
    const portal = await stripe.billingPortal.sessions.create({
      customer: customer.id,
      return_url: "http://app.test/billing",
    });
    const page = await (await fetch(portal.url)).text();
    expect(page).toContain("Cancel plan");
    const act = (action: string, body?: string) =>
      fetch(`${portal.url}/subscriptions/${subscriptionId}/${action}`, {
        method: "POST",
        redirect: "manual",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        ...(body ? { body } : {}),
      });
    expect((await act("cancel")).status).toBe(303);
    expect((await stripe.subscriptions.retrieve(subscriptionId)).cancel_at_period_end).toBe(true);
    expect(await (await fetch(portal.url)).text()).toContain("Resume plan");
    await act("resume");
    expect((await stripe.subscriptions.retrieve(subscriptionId)).cancel_at_period_end).toBe(false);
    await act("switch", `price=${annual.id}`);
    expect((await stripe.subscriptions.retrieve(subscriptionId)).items.data[0]?.price.id).toBe(annual.id);
  });
});

describe("refunds", () => {
  it("refunds part, then the rest, and refuses more", async () => {
    const { customer, session } = await subscribe(monthly);
    await submitCheckout(session.url ?? "", "pay");
    const [charge] = (await stripe.charges.list({ customer: customer.id })).data;
    await stripe.refunds.create({ charge: charge?.id ?? "", amount: 900 });
    expect((await stripe.charges.retrieve(charge?.id ?? "")).amount_refunded).toBe(900);
    await stripe.refunds.create({ payment_intent: String(charge?.payment_intent) });
    const refunded = await stripe.charges.retrieve(charge?.id ?? "");
    expect(refunded).toMatchObject({ refunded: true, amount_refunded: 2900 });
    await expect(stripe.refunds.create({ charge: charge?.id ?? "", amount: 1 })).rejects.toMatchObject({
      statusCode: 400,
    });
  });
});
