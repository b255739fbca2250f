import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../src/lib/errors.js";
import {
  annualPriceCents,
  ensureBundlePrice,
  ensurePlanPrice,
  planIdForStripePrice,
} from "../src/modules/billing/catalog/services/stripe-catalog.service.js";
import { PLATFORM_APP_ID } from "../src/modules/billing/platform-app.js";
import { restClient, signUpPlatformAdmin, uniqueName } from "./billing-catalog-helpers.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();
let rest: ReturnType<typeof restClient>;

beforeAll(async () => {
  rest = restClient(app(), (await signUpPlatformAdmin(app())).accessToken);
});

const stripe = () => {
  const client = app().deps.stripe.client;
  if (!client) throw new Error("the test app has no Stripe client");
  return client;
};

async function newPlan(fields: Record<string, unknown> = {}) {
  const { status, body } = await rest("POST", "/admin/plans", {
    name: uniqueName("Pro"),
    monthlyPriceCents: 2900,
    annualDiscountPct: 20,
    ...fields,
  });
  expect(status).toBe(200);
  return app().db.plan.findUniqueOrThrow({ where: { id: body.id } });
}

async function pricesOf(productId: string) {
  return (await stripe().prices.list({ product: productId, limit: 100 })).data;
}

describe("annualPriceCents", () => {
  it("is 12 × monthly less the discount, rounded to whole cents", () => {
    expect(annualPriceCents({ monthlyPriceCents: 2900, annualDiscountPct: 20 })).toBe(27840);
    expect(annualPriceCents({ monthlyPriceCents: 999, annualDiscountPct: 33 })).toBe(8032);
    expect(annualPriceCents({ monthlyPriceCents: 1, annualDiscountPct: 100 })).toBe(0);
    expect(annualPriceCents({ monthlyPriceCents: 1234, annualDiscountPct: 0 })).toBe(14808);
  });
});

describe("ensurePlanPrice", () => {
  it("creates one product and one price for 10 parallel callers, with our metadata", async () => {
    const plan = await newPlan();
    const ids = await Promise.all(
      Array.from({ length: 10 }, () => ensurePlanPrice(app().deps, plan, "month")),
    );
    expect(new Set(ids).size).toBe(1);
    const price = await stripe().prices.retrieve(ids[0] ?? "");
    expect(price).toMatchObject({
      unit_amount: 2900,
      currency: "usd",
      type: "recurring",
      recurring: expect.objectContaining({ interval: "month" }),
      metadata: { baseplate_app: PLATFORM_APP_ID, baseplate_plan_id: plan.id, baseplate_interval: "month" },
    });
    const product = await stripe().products.retrieve(price.product as string);
    expect(product).toMatchObject({
      name: plan.name,
      metadata: { baseplate_app: PLATFORM_APP_ID, baseplate_plan_id: plan.id },
    });
    const ours = (await stripe().products.list({ limit: 100 })).data.filter(
      (p) => p.metadata.baseplate_plan_id === plan.id,
    );
    expect(ours).toHaveLength(1);
    expect(await pricesOf(product.id)).toHaveLength(1);
    expect(
      await app().db.stripeLink.findMany({ where: { key: { contains: plan.id } }, orderBy: { key: "asc" } }),
    ).toEqual([
      expect.objectContaining({ key: `price:plan:${plan.id}:month:2900:usd`, stripeId: price.id }),
      expect.objectContaining({ key: `product:plan:${plan.id}`, stripeId: product.id }),
    ]);
    // Later calls answer from the link.
    expect(await ensurePlanPrice(app().deps, plan, "month")).toBe(price.id);
    expect(await pricesOf(product.id)).toHaveLength(1);
  });

  it("prices the year at the discounted annual amount, on the same product", async () => {
    const plan = await newPlan({ monthlyPriceCents: 999, annualDiscountPct: 33 });
    const [monthly, yearly] = await Promise.all([
      ensurePlanPrice(app().deps, plan, "month"),
      ensurePlanPrice(app().deps, plan, "year"),
    ]);
    expect(monthly).not.toBe(yearly);
    const price = await stripe().prices.retrieve(yearly);
    expect(price).toMatchObject({
      unit_amount: 8032,
      recurring: expect.objectContaining({ interval: "year" }),
    });
    expect(price.metadata.baseplate_interval).toBe("year");
    expect(await pricesOf(price.product as string)).toHaveLength(2);
  });

  it("makes a second price when the plan's price changes, and keeps the first", async () => {
    const plan = await newPlan();
    const first = await ensurePlanPrice(app().deps, plan, "month");
    const { status } = await rest("PATCH", `/admin/plans/${plan.id}`, { monthlyPriceCents: 3900 });
    expect(status).toBe(200);
    const changed = await app().db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    const ids = await Promise.all(
      Array.from({ length: 5 }, () => ensurePlanPrice(app().deps, changed, "month")),
    );
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).not.toBe(first);
    const product = (await stripe().prices.retrieve(first)).product as string;
    const prices = await pricesOf(product);
    expect(prices.map((p) => p.unit_amount).sort()).toEqual([2900, 3900]);
  });

  it("renames the Stripe product when the plan is renamed", async () => {
    const plan = await newPlan();
    const priceId = await ensurePlanPrice(app().deps, plan, "month");
    const name = uniqueName("Pro Max");
    expect((await rest("PATCH", `/admin/plans/${plan.id}`, { name })).status).toBe(200);
    const product = (await stripe().prices.retrieve(priceId)).product as string;
    expect((await stripe().products.retrieve(product)).name).toBe(name);
  });

  it("maps a plan's Stripe price back to the plan, and anything else to null", async () => {
    const plan = await newPlan();
    const [monthly, yearly] = [
      await ensurePlanPrice(app().deps, plan, "month"),
      await ensurePlanPrice(app().deps, plan, "year"),
    ];
    expect(await planIdForStripePrice(app().db, monthly)).toBe(plan.id);
    expect(await planIdForStripePrice(app().db, yearly)).toBe(plan.id);
    expect(await planIdForStripePrice(app().db, "price_unknown")).toBeNull();

    const bundle = await app().db.creditBundle.create({
      data: { name: uniqueName("B"), credits: 10, priceCents: 500 },
    });
    expect(await planIdForStripePrice(app().db, await ensureBundlePrice(app().deps, bundle))).toBeNull();

    expect((await rest("DELETE", `/admin/plans/${plan.id}`)).status).toBe(200);
    expect(await planIdForStripePrice(app().db, monthly)).toBeNull();
  });

  it("answers NOT_CONFIGURED without a Stripe client", async () => {
    const plan = await newPlan();
    const disabled = { ...app().deps, stripe: { ...app().deps.stripe, client: null } };
    const attempt = ensurePlanPrice(disabled, plan, "month");
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: "NOT_CONFIGURED",
      message: "Billing is not configured",
    });
    await expect(
      ensureBundlePrice(disabled, { id: randomUUID(), name: "x", priceCents: 1, currency: "usd" }),
    ).rejects.toMatchObject({
      code: "NOT_CONFIGURED",
    });
    expect(await app().db.stripeLink.count({ where: { key: { contains: plan.id } } })).toBe(0);
  });
});

describe("ensureBundlePrice", () => {
  it("creates one one-time price for parallel callers and a new one when the price changes", async () => {
    const { body } = await rest("POST", "/admin/bundles", {
      name: uniqueName("500 Credits"),
      credits: 500,
      priceCents: 4900,
    });
    const bundle = await app().db.creditBundle.findUniqueOrThrow({ where: { id: body.id } });
    const ids = await Promise.all(Array.from({ length: 10 }, () => ensureBundlePrice(app().deps, bundle)));
    expect(new Set(ids).size).toBe(1);
    const price = await stripe().prices.retrieve(ids[0] ?? "");
    expect(price).toMatchObject({
      unit_amount: 4900,
      currency: "usd",
      type: "one_time",
      recurring: null,
      metadata: { baseplate_app: PLATFORM_APP_ID, baseplate_bundle_id: bundle.id },
    });
    const product = await stripe().products.retrieve(price.product as string);
    expect(product).toMatchObject({ name: bundle.name, metadata: { baseplate_bundle_id: bundle.id } });

    expect((await rest("PATCH", `/admin/bundles/${bundle.id}`, { priceCents: 3900 })).status).toBe(200);
    const repriced = await ensureBundlePrice(app().deps, { ...bundle, priceCents: 3900 });
    expect(repriced).not.toBe(price.id);
    expect((await pricesOf(product.id)).map((p) => p.unit_amount).sort()).toEqual([3900, 4900]);
    expect(
      await app().db.stripeLink.findUnique({ where: { key: `price:bundle:${bundle.id}:3900:usd` } }),
    ).toMatchObject({
      stripeId: repriced,
    });
  });
});
