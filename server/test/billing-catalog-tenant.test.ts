import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { FREE_PLAN_ID, PLATFORM_APP_ID } from "../src/modules/billing/platform-app.js";
import { restClient, signUpPlatformAdmin, uniqueName } from "./billing-catalog-helpers.js";
import { signUp, signUpVerified } from "./support/auth.js";
import { addMember } from "./support/factories.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();
let adminRest: ReturnType<typeof restClient>;

beforeAll(async () => {
  adminRest = restClient(app(), (await signUpPlatformAdmin(app())).accessToken);
});

async function createPlan(fields: Record<string, unknown>) {
  const { status, body } = await adminRest("POST", "/admin/plans", { name: uniqueName("Plan"), ...fields });
  expect(status).toBe(200);
  return body as { id: string; name: string };
}

/** A team with its owner and a plain member (role user). */
async function team() {
  const owner = await signUpVerified(app());
  const tenantId = owner.memberships[0]?.tenantId ?? "";
  const member = await signUp(app());
  await addMember(app().db, member.user.id, tenantId, "user");
  return { tenantId, owner, member, rest: restClient(app(), member.accessToken, tenantId) };
}

describe("billing.plans", () => {
  it("shows every member the plans, Free first, with annual prices, and a new tenant's state", async () => {
    const pro = await createPlan({
      monthlyPriceCents: 2900,
      annualDiscountPct: 20,
      entitlements: { api: { type: "bool", boolValue: true, description: "API access" } },
    });
    const odd = await createPlan({ monthlyPriceCents: 999, annualDiscountPct: 33 });
    const { rest } = await team();
    const { status, body } = await rest("GET", "/billing/plans");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      currentPlanId: FREE_PLAN_ID,
      billingWaived: false,
      tenantSubscriptionCredits: 0,
      tenantPurchasedCredits: 0,
      billingStatus: null,
      billingInterval: null,
      currentPeriodEnd: null,
      canceledAt: null,
    });
    const plans = body.plans as { id: string; monthlyPriceCents: number; name: string }[];
    expect(plans[0]).toEqual({
      id: FREE_PLAN_ID,
      name: "Free",
      description: expect.any(String),
      monthlyPriceCents: 0,
      annualPriceCents: 0,
      annualDiscountPct: 0,
      usageCreditsPerMonth: 0,
      creditResetPolicy: "reset",
      bonusCredits: 0,
      userLimit: 0,
      entitlements: {},
      isSystem: true,
    });
    expect(plans.find((p) => p.id === pro.id)).toMatchObject({
      monthlyPriceCents: 2900,
      annualPriceCents: 27840,
      entitlements: { api: { type: "bool", value: true, description: "API access" } },
      isSystem: false,
    });
    // 12 × 999 × 0.67 = 8031.96, rounded to whole cents.
    expect(plans.find((p) => p.id === odd.id)).toMatchObject({ annualPriceCents: 8032 });
    const order = [...plans].sort(
      (a, b) => a.monthlyPriceCents - b.monthlyPriceCents || (a.name < b.name ? -1 : 1),
    );
    expect(plans.map((p) => p.id)).toEqual(order.map((p) => p.id));
    expect(plans[0]).not.toHaveProperty("subscriberCount");
  });

  it("reports the tenant's plan, credits and live subscription, and only its own", async () => {
    const plan = await createPlan({ monthlyPriceCents: 4900 });
    const subscribed = await team();
    const bystander = await team();
    await app().db.tenant.update({ where: { id: subscribed.tenantId }, data: { planId: plan.id } });
    const customer = await app().db.billingCustomer.create({
      data: {
        appId: PLATFORM_APP_ID,
        tenantId: subscribed.tenantId,
        billingWaived: true,
        subscriptionCredits: 500,
        purchasedCredits: 20,
      },
    });
    const periodEnd = new Date(Date.now() + 300 * 86_400_000);
    const canceledAt = new Date(Date.now() - 86_400_000);
    await app().db.subscription.create({
      data: {
        customerId: customer.id,
        planId: plan.id,
        stripeSubscriptionId: `sub_${randomUUID()}`,
        status: "active",
        interval: "year",
        currentPeriodStart: new Date(),
        currentPeriodEnd: periodEnd,
        cancelAtPeriodEnd: true,
        canceledAt,
      },
    });

    const { body } = await subscribed.rest("GET", "/billing/plans");
    expect(body).toMatchObject({
      currentPlanId: plan.id,
      billingWaived: true,
      tenantSubscriptionCredits: 500,
      tenantPurchasedCredits: 20,
      billingStatus: "active",
      billingInterval: "year",
      currentPeriodEnd: periodEnd.toISOString(),
      canceledAt: canceledAt.toISOString(),
    });
    const viaTrpc = await app()
      .caller({
        authorization: `Bearer ${subscribed.owner.accessToken}`,
        tenantIdHeader: subscribed.tenantId,
      })
      .billing.plans();
    expect(viaTrpc.currentPeriodEnd).toEqual(periodEnd);

    const other = await bystander.rest("GET", "/billing/plans");
    expect(other.body).toMatchObject({
      currentPlanId: FREE_PLAN_ID,
      billingStatus: null,
      tenantSubscriptionCredits: 0,
    });
  });

  it("calls a subscription past due beyond the grace period restricted", async () => {
    const plan = await createPlan({ monthlyPriceCents: 1500 });
    const { tenantId, rest } = await team();
    const customer = await app().db.billingCustomer.create({ data: { appId: PLATFORM_APP_ID, tenantId } });
    await app().db.subscription.create({
      data: {
        customerId: customer.id,
        planId: plan.id,
        stripeSubscriptionId: `sub_${randomUUID()}`,
        status: "past_due",
        interval: "month",
        currentPeriodStart: new Date(Date.now() - 40 * 86_400_000),
        currentPeriodEnd: new Date(Date.now() - 10 * 86_400_000),
        pastDueSince: new Date(Date.now() - 10 * 86_400_000),
      },
    });
    expect((await rest("GET", "/billing/plans")).body).toMatchObject({
      billingStatus: "restricted",
      billingInterval: "month",
    });
  });

  it("needs credentials, X-Tenant-ID and membership", async () => {
    const { tenantId, member } = await team();
    const outsider = await signUp(app());
    expect((await restClient(app(), null, tenantId)("GET", "/billing/plans")).status).toBe(401);
    const noHeader = await restClient(app(), member.accessToken)("GET", "/billing/plans");
    expect(noHeader).toEqual({
      status: 400,
      body: { error: "X-Tenant-ID header is required for this route", code: "BAD_REQUEST" },
    });
    expect((await restClient(app(), outsider.accessToken, tenantId)("GET", "/billing/plans")).status).toBe(
      403,
    );
    expect((await restClient(app(), outsider.accessToken, tenantId)("GET", "/billing/bundles")).status).toBe(
      403,
    );
  });
});
