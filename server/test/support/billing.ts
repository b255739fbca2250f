import type { Plan } from "@baseplate/db";
import { expect } from "vitest";
import type { StripeEmulator } from "../../src/stripe-emulator/index.js";
import { PASSWORD, signUpVerified } from "./auth.js";
import { control, stripeFor, submitCheckout } from "./stripe-emulator.js";
import type { TestApp } from "./test-app.js";

let planCounter = 0;

/** The in-process emulator every test app starts with when no Stripe key is configured. */
export function emulatorOf(app: TestApp): StripeEmulator {
  const emulator = app.deps.stripe.emulator;
  if (!emulator) throw new Error("this test app runs without the Stripe emulator");
  return emulator;
}

export function stripeOf(app: TestApp) {
  return stripeFor(emulatorOf(app));
}

/**
 * A signed-up owner of a fresh personal tenant, with callers that act in it. `relogin()` signs in
 * again, for tests that move the app's clock past the access token's lifetime.
 */
export async function billingTenant(app: TestApp) {
  const account = await signUpVerified(app);
  const tenantId = account.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
  let token = account.accessToken;
  return {
    account,
    tenantId,
    get caller() {
      return app.caller({ authorization: `Bearer ${token}`, tenantIdHeader: tenantId });
    },
    async relogin() {
      token = (await app.caller().auth.login({ email: account.user.email, password: PASSWORD })).accessToken;
    },
    rest: (path: string, init: RequestInit = {}) =>
      app.http(path, {
        ...init,
        headers: {
          Authorization: `Bearer ${token}`,
          "X-Tenant-ID": tenantId,
          ...(init.body ? { "Content-Type": "application/json" } : {}),
          ...init.headers,
        },
      }),
  };
}

export type BillingTenant = Awaited<ReturnType<typeof billingTenant>>;

export function createPlan(app: TestApp, fields: Partial<Omit<Plan, "id" | "entitlements">> = {}) {
  planCounter += 1;
  return app.db.plan.create({
    data: {
      name: `Pro ${planCounter}-${Math.random().toString(36).slice(2, 8)}`,
      monthlyPriceCents: 2900,
      annualDiscountPct: 20,
      usageCreditsPerMonth: 1000,
      creditResetPolicy: "reset",
      bonusCredits: 0,
      userLimit: 10,
      ...fields,
    },
  });
}

export function createBundle(app: TestApp, credits = 500, priceCents = 4900) {
  return app.db.creditBundle.create({
    data: { name: `${credits} Credits ${Math.random().toString(36).slice(2, 8)}`, credits, priceCents },
  });
}

/** Waits until the emulator delivered every event and our jobs processed each one, with no sync running. */
export async function settle(app: TestApp): Promise<void> {
  await control(emulatorOf(app), "webhooks/drain");
  await expect
    .poll(
      async () => {
        const pending = await app.db.stripeEvent.count({ where: { processedAt: null } });
        const syncing = await app.db.billingCustomer.count({
          where: { OR: [{ syncLeaseUntil: { not: null } }, { syncRequested: true }] },
        });
        return pending + syncing;
      },
      { timeout: 20_000, interval: 100 },
    )
    .toBe(0);
}

/** Checkout for a plan, paid on the emulator's hosted page, then settled. Returns the success redirect. */
export async function subscribe(
  app: TestApp,
  tenant: BillingTenant,
  planId: string,
  interval: "month" | "year" = "month",
) {
  const { checkoutUrl } = await tenant.caller.billing.checkout({ planId, billingInterval: interval });
  if (!checkoutUrl) throw new Error("expected a checkout URL");
  const paid = await submitCheckout(checkoutUrl, "pay");
  expect(paid.status).toBe(303);
  await settle(app);
  return paid.location ?? "";
}

export async function buyBundle(app: TestApp, tenant: BillingTenant, bundleId: string) {
  const { checkoutUrl } = await tenant.caller.billing.checkout({ bundleId });
  if (!checkoutUrl) throw new Error("expected a checkout URL");
  const paid = await submitCheckout(checkoutUrl, "pay");
  expect(paid.status).toBe(303);
  await settle(app);
  return paid.location ?? "";
}

/** Moves Stripe's test clock (renewals, dunning, period ends happen synchronously) and our clock with it. */
export async function advance(
  app: TestApp,
  clock: { set(date: Date): void } | undefined,
  days: number,
  tenants: BillingTenant[] = [],
) {
  const result = await control(emulatorOf(app), "advance", { seconds: Math.round(days * 86_400) });
  clock?.set(new Date(Number(result.now) * 1000));
  for (const tenant of tenants) await tenant.relogin();
  await settle(app);
}

export async function customerOf(app: TestApp, tenantId: string) {
  return app.db.billingCustomer.findFirstOrThrow({ where: { tenantId } });
}

export async function planOf(app: TestApp, tenantId: string) {
  return (await app.db.tenant.findUniqueOrThrow({ where: { id: tenantId }, include: { plan: true } })).plan;
}
