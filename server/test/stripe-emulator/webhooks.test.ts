import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StripeEmulator } from "../../src/stripe-emulator/index.js";
import {
  control,
  startEmulatorWithReceiver,
  submitCheckout,
  type WebhookReceiver,
} from "../support/stripe-emulator.js";

let emulator: StripeEmulator;
let receiver: WebhookReceiver;
let stripe: Stripe;
let price: Stripe.Price;

beforeAll(async () => {
  ({ emulator, receiver, stripe } = await startEmulatorWithReceiver());
  price = await stripe.prices.create({
    product_data: { name: "Pro" },
    unit_amount: 1000,
    currency: "usd",
    recurring: { interval: "month" },
  });
  await control(emulator, "webhooks/drain");
});
afterAll(async () => {
  await emulator.close();
  await receiver.close();
});
beforeEach(() => {
  receiver.events.length = 0;
  receiver.failWith = null;
});

async function checkoutPaid(): Promise<string> {
  const customer = await stripe.customers.create({ email: "hook@example.test" });
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer: customer.id,
    line_items: [{ price: price.id, quantity: 1 }],
    success_url: "http://app.test/ok",
  });
  await submitCheckout(session.url ?? "", "pay");
  return session.id;
}

describe("webhooks", () => {
  it("delivers every event signed as Stripe signs them, in the order they happened", async () => {
    const sessionId = await checkoutPaid();
    await control(emulator, "webhooks/drain");
    const types = receiver.types();
    expect(types).toEqual(
      expect.arrayContaining([
        "customer.created",
        "customer.subscription.created",
        "invoice.created",
        "invoice.finalized",
        "charge.succeeded",
        "payment_intent.succeeded",
        "invoice.paid",
        "invoice.payment_succeeded",
        "customer.subscription.updated",
        "checkout.session.completed",
      ]),
    );
    expect(types.at(-1)).toBe("checkout.session.completed");
    const completed = receiver.events.find((event) => event.type === "checkout.session.completed");
    expect((completed?.data.object as Stripe.Checkout.Session | undefined)?.id).toBe(sessionId);
    expect(completed?.api_version).toBe(Stripe.API_VERSION);
    const listed = await stripe.events.list({ type: "checkout.session.completed", limit: 1 });
    expect(listed.data[0]?.id).toBe(completed?.id);
  });

  it("holds events and releases them in reverse order", async () => {
    await control(emulator, "webhooks/hold");
    await checkoutPaid();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.events).toHaveLength(0);
    const { released } = await control(emulator, "webhooks/release", { order: "reverse" });
    await control(emulator, "webhooks/drain");
    expect(receiver.events).toHaveLength(Number(released));
    expect(receiver.types()[0]).toBe("checkout.session.completed");
  });

  it("delivers each event several times when asked, and redelivers one on demand", async () => {
    await control(emulator, "webhooks/configure", { copies: 3 });
    const customer = await stripe.customers.create({ email: "dup@example.test" });
    await control(emulator, "webhooks/configure", { copies: 1 });
    await control(emulator, "webhooks/drain");
    const created = receiver.events.filter(
      (event) => (event.data.object as { id: string }).id === customer.id,
    );
    expect(created).toHaveLength(3);
    expect(new Set(created.map((event) => event.id)).size).toBe(1);
    await control(emulator, `events/${created[0]?.id}/redeliver`, { copies: 2 });
    await control(emulator, "webhooks/drain");
    expect(receiver.events.filter((event) => event.id === created[0]?.id)).toHaveLength(5);
  });

  it("retries a delivery the endpoint refused, until it is accepted", async () => {
    receiver.failWith = 500;
    const customer = await stripe.customers.create({ email: "retry@example.test" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.rejected.length).toBeGreaterThan(0);
    receiver.failWith = null;
    await control(emulator, "webhooks/drain");
    expect(receiver.events.some((event) => (event.data.object as { id: string }).id === customer.id)).toBe(
      true,
    );
    const { deliveries } = (await control(emulator, "webhooks/deliveries")) as {
      deliveries: { attempt: number; status: number }[];
    };
    expect(deliveries.some((delivery) => delivery.attempt === 2 && delivery.status === 200)).toBe(true);
  });

  it("delays deliveries when asked (late events)", async () => {
    await control(emulator, "webhooks/configure", { delayMs: 300 });
    await stripe.customers.create({ email: "late@example.test" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.events).toHaveLength(0);
    await control(emulator, "webhooks/drain");
    expect(receiver.events).toHaveLength(1);
    await control(emulator, "webhooks/configure", { delayMs: 0 });
  });
});
