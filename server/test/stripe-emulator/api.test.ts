import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StripeEmulator } from "../../src/stripe-emulator/index.js";
import { startStripeEmulator } from "../../src/stripe-emulator/index.js";
import { stripeFor } from "../support/stripe-emulator.js";

let emulator: StripeEmulator;
let stripe: Stripe;

beforeAll(async () => {
  emulator = await startStripeEmulator();
  stripe = stripeFor(emulator);
});
afterAll(() => emulator.close());

describe("Stripe emulator API through the stripe SDK", () => {
  it("creates, retrieves, updates and lists customers with Stripe's ids and shapes", async () => {
    const customer = await stripe.customers.create({
      email: "ada@example.test",
      name: "Ada",
      metadata: { tenantId: "t1" },
    });
    expect(customer.id).toMatch(/^cus_[A-Za-z0-9]{24}$/);
    expect(customer).toMatchObject({ object: "customer", email: "ada@example.test", livemode: false });
    expect(typeof customer.created).toBe("number");
    const updated = await stripe.customers.update(customer.id, { metadata: { tenantId: "", plan: "pro" } });
    expect(updated.metadata).toEqual({ plan: "pro" });
    expect((await stripe.customers.retrieve(customer.id)).id).toBe(customer.id);
    const listed = await stripe.customers.list({ email: "ada@example.test" });
    expect(listed.data.map((c) => c.id)).toEqual([customer.id]);
  });

  it("answers unknown objects with Stripe's error shape", async () => {
    const error = await stripe.customers.retrieve("cus_missing").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404, code: "resource_missing", param: "id" });
    expect((error as Error).message).toBe("No such customer: 'cus_missing'");
  });

  it("fails the next requests with a 500 when asked (an outage), which the SDK sees as an api_error", async () => {
    const armed = await fetch(`${emulator.url}/_emulator/fail-next`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ count: 2 }),
    });
    expect(await armed.json()).toEqual({ failNext: 2 });
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await stripe.customers.list().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Stripe.errors.StripeAPIError);
      expect(error).toMatchObject({ statusCode: 500, type: "StripeAPIError" });
    }
    expect((await stripe.customers.list()).object).toBe("list");
  });

  it("rejects a request without a secret key", async () => {
    const response = await fetch(`${emulator.url}/v1/customers`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { type: string } }).error.type).toBe("authentication_error");
  });

  it("keeps prices immutable: a new amount needs a new price", async () => {
    const product = await stripe.products.create({ name: "Pro", metadata: { planId: "p1" } });
    const price = await stripe.prices.create({
      product: product.id,
      unit_amount: 2900,
      currency: "usd",
      recurring: { interval: "month" },
    });
    expect(price).toMatchObject({
      type: "recurring",
      unit_amount: 2900,
      recurring: { interval: "month", interval_count: 1 },
    });
    await expect(stripe.prices.update(price.id, { unit_amount: 3900 } as never)).rejects.toMatchObject({
      statusCode: 400,
    });
    const archived = await stripe.prices.update(price.id, { active: false });
    expect(archived.active).toBe(false);
    const listed = await stripe.prices.list({ product: product.id, active: false });
    expect(listed.data.map((p) => p.id)).toEqual([price.id]);
  });

  it("honours Idempotency-Key: the same key returns the first result, other parameters are refused", async () => {
    const first = await stripe.customers.create({ email: "idem@example.test" }, { idempotencyKey: "key-1" });
    const again = await stripe.customers.create({ email: "idem@example.test" }, { idempotencyKey: "key-1" });
    expect(again.id).toBe(first.id);
    expect((await stripe.customers.list({ email: "idem@example.test" })).data).toHaveLength(1);
    await expect(
      stripe.customers.create({ email: "other@example.test" }, { idempotencyKey: "key-1" }),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it("paginates lists newest first with starting_after", async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await stripe.products.create({ name: `Page ${i}` })).id);
    const firstPage = await stripe.products.list({ limit: 3 });
    expect(firstPage.has_more).toBe(true);
    const all = [];
    for await (const product of stripe.products.list({ limit: 2 })) all.push(product.id);
    expect(all.slice(0, 5)).toEqual([...ids].reverse());
    expect(new Set(all).size).toBe(all.length);
  });

  it("validates checkout sessions like Stripe", async () => {
    const oneTime = await stripe.prices.create({
      product_data: { name: "Bundle" },
      unit_amount: 500,
      currency: "usd",
    });
    await expect(
      stripe.checkout.sessions.create({
        mode: "subscription",
        line_items: [{ price: oneTime.id, quantity: 1 }],
        success_url: "http://x.test",
      }),
    ).rejects.toMatchObject({ statusCode: 400 });
    await expect(
      stripe.checkout.sessions.create({
        mode: "payment",
        line_items: [{ price: "price_nope", quantity: 1 }],
        success_url: "http://x.test",
      }),
    ).rejects.toMatchObject({ statusCode: 404, code: "resource_missing" });
  });
});
