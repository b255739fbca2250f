import type { DbClient, DbTx } from "@baseplate/db";
import type Stripe from "stripe";
import type { AppDeps } from "../../../../app-deps.js";
import { AppError } from "../../../../lib/errors.js";
import { PLATFORM_APP_ID } from "../../platform-app.js";
import { findStripeLink, findStripeLinkKey, saveStripeLink } from "../repositories/stripe-link.repository.js";
import { annualPriceCents } from "./plan-pricing.js";

export { annualPriceCents };

type StripeDeps = Pick<AppDeps, "db" | "stripe">;
export type BillingInterval = "month" | "year";

/** What pricing a plan at Stripe needs (a Plan row has all of it). */
export interface PricedPlan {
  id: string;
  name: string;
  monthlyPriceCents: number;
  annualDiscountPct: number;
  currency: string;
}

export interface PricedBundle {
  id: string;
  name: string;
  priceCents: number;
  currency: string;
}

export const planProductKey = (planId: string) => `product:plan:${planId}`;
export const bundleProductKey = (bundleId: string) => `product:bundle:${bundleId}`;
const PLAN_PRICE_PREFIX = "price:plan:";

function stripeClient(deps: StripeDeps): Stripe {
  if (!deps.stripe.client) throw new AppError("NOT_CONFIGURED", "Billing is not configured");
  return deps.stripe.client;
}

/**
 * The Stripe object stored under `key`, created on first need. The key doubles as Stripe's
 * idempotency key, so parallel callers (on any node) get the same object back, and the first link
 * stored wins. No transaction is open across the Stripe call.
 */
async function ensureLinked(
  db: DbClient,
  key: string,
  create: (idempotencyKey: string) => Promise<{ id: string }>,
): Promise<string> {
  const linked = await findStripeLink(db, key);
  if (linked) return linked;
  const created = await create(key);
  return saveStripeLink(db, key, created.id);
}

/**
 * The Stripe price of a plan for one interval. Prices are immutable: the amount and currency are
 * part of the key, so a changed price makes a new Stripe price (the old one keeps billing as is).
 */
export async function ensurePlanPrice(
  deps: StripeDeps,
  plan: PricedPlan,
  interval: BillingInterval,
): Promise<string> {
  const client = stripeClient(deps);
  const currency = plan.currency.toLowerCase();
  const amount = interval === "month" ? plan.monthlyPriceCents : annualPriceCents(plan);
  const metadata = { baseplate_app: PLATFORM_APP_ID, baseplate_plan_id: plan.id };
  return ensureLinked(
    deps.db,
    `${PLAN_PRICE_PREFIX}${plan.id}:${interval}:${amount}:${currency}`,
    async (idempotencyKey) => {
      const product = await ensureLinked(deps.db, planProductKey(plan.id), (productKey) =>
        client.products.create({ name: plan.name, metadata }, { idempotencyKey: productKey }),
      );
      return client.prices.create(
        {
          product,
          unit_amount: amount,
          currency,
          recurring: { interval },
          metadata: { ...metadata, baseplate_interval: interval },
        },
        { idempotencyKey },
      );
    },
  );
}

/** The one-time Stripe price of a credit bundle (a new price when its price changes). */
export async function ensureBundlePrice(deps: StripeDeps, bundle: PricedBundle): Promise<string> {
  const client = stripeClient(deps);
  const currency = bundle.currency.toLowerCase();
  const metadata = { baseplate_app: PLATFORM_APP_ID, baseplate_bundle_id: bundle.id };
  return ensureLinked(
    deps.db,
    `price:bundle:${bundle.id}:${bundle.priceCents}:${currency}`,
    async (idempotencyKey) => {
      const product = await ensureLinked(deps.db, bundleProductKey(bundle.id), (productKey) =>
        client.products.create({ name: bundle.name, metadata }, { idempotencyKey: productKey }),
      );
      return client.prices.create(
        { product, unit_amount: bundle.priceCents, currency, metadata },
        { idempotencyKey },
      );
    },
  );
}

/** The plan a Stripe price was created for (null: not one of ours, or the plan is gone). */
export async function planIdForStripePrice(
  db: DbClient | DbTx,
  priceId: string | null,
): Promise<string | null> {
  if (!priceId) return null;
  const key = await findStripeLinkKey(db, priceId, PLAN_PRICE_PREFIX);
  const planId = key?.slice(PLAN_PRICE_PREFIX.length).split(":")[0];
  if (!planId) return null;
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { id: true } });
  return plan?.id ?? null;
}

/**
 * Keeps the Stripe product's name (shown at checkout and on invoices) in step with a rename.
 * Best effort, after the rename committed: a failure is logged, never undoes the rename.
 */
export async function renameStripeProduct(
  deps: Pick<AppDeps, "db" | "stripe" | "log">,
  productKey: string,
  name: string,
): Promise<void> {
  const client = deps.stripe.client;
  if (!client) return;
  const productId = await findStripeLink(deps.db, productKey);
  if (!productId) return;
  try {
    await client.products.update(productId, { name });
  } catch (error) {
    deps.log.warn({ err: error, productId, productKey }, "Could not rename the Stripe product");
  }
}
