import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { FREE_PLAN_ID, PLATFORM_APP_ID } from "../src/modules/billing/platform-app.js";
import {
  catalogSnapshot,
  enterprise,
  restClient,
  signUpPlatformAdmin,
  trpcBatch,
  uniqueName,
} from "./billing-catalog-helpers.js";
import { signUpVerified } from "./support/auth.js";
import { addMember } from "./support/factories.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();
let admin: Awaited<ReturnType<typeof signUpPlatformAdmin>>;
let rest: ReturnType<typeof restClient>;

beforeAll(async () => {
  admin = await signUpPlatformAdmin(app());
  rest = restClient(app(), admin.accessToken);
});

async function createPlan(overrides: Record<string, unknown> = {}) {
  const created = await rest("POST", "/admin/plans", enterprise(overrides));
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return created.body;
}

async function auditOf(planId: string) {
  const rows = await app().db.auditLog.findMany({ orderBy: { createdAt: "asc" } });
  return rows.filter((row) => (row.metadata as { planId?: string }).planId === planId);
}

describe("admin plan CRUD over REST", () => {
  it("creates a plan from the seed's shape, normalising entitlements, and audits it", async () => {
    const input = enterprise();
    const { status, body } = await rest("POST", "/admin/plans", input);
    expect(status).toBe(200);
    expect(body).toEqual({
      id: expect.any(String),
      name: input.name,
      description: "For large teams",
      monthlyPriceCents: 9900,
      annualPriceCents: 89100,
      annualDiscountPct: 25,
      usageCreditsPerMonth: 5000,
      creditResetPolicy: "accrue",
      bonusCredits: 1000,
      userLimit: 0,
      entitlements: { feature_x: { type: "bool", value: true, description: "Enable feature X" } },
      isSystem: false,
      subscriberCount: 0,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const row = await app().db.plan.findUniqueOrThrow({ where: { id: body.id } });
    expect(row.appId).toBe(PLATFORM_APP_ID);
    expect(row.entitlements).toEqual({
      feature_x: { type: "bool", value: true, description: "Enable feature X" },
    });
    const [entry] = await auditOf(body.id);
    expect(entry).toMatchObject({
      action: "billing.plan_created",
      userId: admin.user.id,
      tenantId: admin.rootTenantId,
    });
  });

  it("applies defaults to left-out fields and accepts the canonical entitlement form", async () => {
    const name = uniqueName("Starter");
    const { status, body } = await rest("POST", "/admin/plans", {
      name: `  ${name}  `,
      entitlements: {
        seats: { type: "numeric", value: 5 },
        tier: { type: "string", stringValue: "gold", description: "Support tier" },
      },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      name,
      description: "",
      monthlyPriceCents: 0,
      annualPriceCents: 0,
      annualDiscountPct: 0,
      creditResetPolicy: "reset",
      userLimit: 0,
      entitlements: {
        seats: { type: "numeric", value: 5, description: "" },
        tier: { type: "string", value: "gold", description: "Support tier" },
      },
    });
  });

  it("gets, updates (only the given fields) and deletes a plan", async () => {
    const plan = await createPlan();
    expect((await rest("GET", `/admin/plans/${plan.id}`)).body).toEqual(plan);

    const newName = uniqueName("Enterprise Plus");
    const updated = await rest("PATCH", `/admin/plans/${plan.id}`, {
      name: newName,
      monthlyPriceCents: 14900,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      ...plan,
      name: newName,
      monthlyPriceCents: 14900,
      annualPriceCents: 134100,
      updatedAt: expect.any(String),
    });
    const entitlements = { seats: { type: "numeric", numericValue: 3 } };
    const replaced = await rest("PATCH", `/admin/plans/${plan.id}`, { entitlements });
    expect(replaced.body.entitlements).toEqual({ seats: { type: "numeric", value: 3, description: "" } });
    // The same values again: nothing changes, nothing is audited.
    const unchanged = await rest("PATCH", `/admin/plans/${plan.id}`, { name: newName, entitlements });
    expect(unchanged).toEqual({ status: 200, body: replaced.body });

    expect(await rest("DELETE", `/admin/plans/${plan.id}`)).toEqual({
      status: 200,
      body: { status: "deleted" },
    });
    expect(await app().db.plan.findUnique({ where: { id: plan.id } })).toBeNull();
    expect((await rest("GET", `/admin/plans/${plan.id}`)).status).toBe(404);
    expect((await auditOf(plan.id)).map((row) => row.action)).toEqual([
      "billing.plan_created",
      "billing.plan_updated",
      "billing.plan_updated",
      "billing.plan_deleted",
    ]);
  });

  it("lists every plan with subscriber counts, cheapest first then by name, Free included", async () => {
    const cheap = await createPlan({ monthlyPriceCents: 100, name: uniqueName("B") });
    const sameCheap = await createPlan({ monthlyPriceCents: 100, name: uniqueName("A") });
    for (const tenantId of [(await signUpVerified(app())).memberships[0]?.tenantId ?? ""]) {
      await app().db.tenant.update({ where: { id: tenantId }, data: { planId: cheap.id } });
    }
    const owner = await signUpVerified(app());
    await app().db.tenant.update({
      where: { id: owner.memberships[0]?.tenantId ?? "" },
      data: { planId: cheap.id },
    });

    const { status, body } = await rest("GET", "/admin/plans");
    expect(status).toBe(200);
    const plans = body.plans as {
      id: string;
      name: string;
      monthlyPriceCents: number;
      subscriberCount: number;
    }[];
    const order = [...plans].sort(
      (a, b) => a.monthlyPriceCents - b.monthlyPriceCents || (a.name < b.name ? -1 : 1),
    );
    expect(plans.map((p) => p.id)).toEqual(order.map((p) => p.id));
    expect(plans.find((p) => p.id === cheap.id)?.subscriberCount).toBe(2);
    expect(plans.find((p) => p.id === sameCheap.id)?.subscriberCount).toBe(0);
    const free = plans.find((p) => p.id === FREE_PLAN_ID);
    expect(free).toMatchObject({ name: "Free", isSystem: true });
    expect(free?.subscriberCount).toBe(await app().db.tenant.count({ where: { planId: FREE_PLAN_ID } }));
    expect(plans.findIndex((p) => p.id === sameCheap.id)).toBeLessThan(
      plans.findIndex((p) => p.id === cheap.id),
    );
  });

  it("answers 404 for unknown plans and 400 for malformed ids, changing nothing", async () => {
    const before = await catalogSnapshot(app());
    const unknown = randomUUID();
    for (const [method, body] of [["GET"], ["PATCH", { description: "x" }], ["DELETE"]] as const) {
      const missing = await rest(method, `/admin/plans/${unknown}`, body);
      expect(missing, method).toEqual({ status: 404, body: { error: "Plan not found", code: "NOT_FOUND" } });
      const malformed = await rest(method, "/admin/plans/not-a-uuid", body);
      expect(malformed.status, method).toBe(400);
      expect(malformed.body).toMatchObject({
        code: "VALIDATION_FAILED",
        error: expect.stringContaining("planId"),
      });
    }
    expect(await catalogSnapshot(app())).toEqual(before);
  });
});

describe("unique plan names", () => {
  it("refuses a duplicate name on create and on rename (409), changing nothing", async () => {
    const taken = await createPlan();
    const other = await createPlan();
    const before = await catalogSnapshot(app());
    const duplicate = await rest("POST", "/admin/plans", enterprise({ name: taken.name }));
    expect(duplicate).toEqual({
      status: 409,
      body: { error: `A plan named "${taken.name}" already exists`, code: "CONFLICT" },
    });
    const rename = await rest("PATCH", `/admin/plans/${other.id}`, { name: taken.name, userLimit: 3 });
    expect(rename.status).toBe(409);
    expect(await catalogSnapshot(app())).toEqual(before);
  });

  it("lets exactly one of two parallel creates with the same name through (REST)", async () => {
    const input = enterprise();
    const results = await Promise.all([
      rest("POST", "/admin/plans", input),
      rest("POST", "/admin/plans", input),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await app().db.plan.count({ where: { name: input.name } })).toBe(1);
  });

  it("lets exactly one of eight same-name creates in one tRPC batch through", async () => {
    const input = enterprise();
    const statuses = await trpcBatch(app(), admin.accessToken, "adminPlans.create", Array(8).fill(input));
    expect(statuses.sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    expect(await app().db.plan.count({ where: { name: input.name } })).toBe(1);
    expect(
      await app().db.auditLog.count({
        where: { action: "billing.plan_created", message: { contains: input.name } },
      }),
    ).toBe(1);
  });
});

describe("the system plan and plans in use", () => {
  it("refuses to rename or delete Free, but lets its other fields change", async () => {
    const before = await catalogSnapshot(app());
    const rename = await rest("PATCH", `/admin/plans/${FREE_PLAN_ID}`, { name: "Gratis" });
    expect(rename).toEqual({
      status: 409,
      body: { error: "Free is the system plan: it cannot be renamed", code: "CONFLICT" },
    });
    const removal = await rest("DELETE", `/admin/plans/${FREE_PLAN_ID}`);
    expect(removal).toEqual({
      status: 409,
      body: { error: "Free is the system plan: it cannot be deleted", code: "CONFLICT" },
    });
    expect(await catalogSnapshot(app())).toEqual(before);

    const edited = await rest("PATCH", `/admin/plans/${FREE_PLAN_ID}`, {
      name: "Free",
      description: "Start here",
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      id: FREE_PLAN_ID,
      name: "Free",
      description: "Start here",
      isSystem: true,
    });
  });

  it("refuses to delete a plan a tenant is on (409 naming the count), then deletes it once reassigned", async () => {
    const plan = await createPlan();
    const owner = await signUpVerified(app());
    const tenantId = owner.memberships[0]?.tenantId ?? "";
    await app().db.tenant.update({ where: { id: tenantId }, data: { planId: plan.id } });
    const refused = await rest("DELETE", `/admin/plans/${plan.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      error: expect.stringContaining("Reassign its 1 subscriber first"),
      code: "CONFLICT",
    });
    expect(await app().db.plan.findUnique({ where: { id: plan.id } })).not.toBeNull();

    await app().db.tenant.update({ where: { id: tenantId }, data: { planId: FREE_PLAN_ID } });
    expect((await rest("DELETE", `/admin/plans/${plan.id}`)).status).toBe(200);
  });

  it("refuses to delete a plan with a live subscription; an ended one is detached on delete", async () => {
    const plan = await createPlan();
    const owner = await signUpVerified(app());
    const customer = await app().db.billingCustomer.create({
      data: { appId: PLATFORM_APP_ID, tenantId: owner.memberships[0]?.tenantId ?? "" },
    });
    const subscription = await app().db.subscription.create({
      data: {
        customerId: customer.id,
        planId: plan.id,
        stripeSubscriptionId: `sub_${randomUUID()}`,
        status: "past_due",
        interval: "month",
        currentPeriodStart: new Date(),
        currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000),
      },
    });
    const refused = await rest("DELETE", `/admin/plans/${plan.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toContain("1 live subscription");

    await app().db.subscription.update({ where: { id: subscription.id }, data: { status: "canceled" } });
    expect((await rest("DELETE", `/admin/plans/${plan.id}`)).status).toBe(200);
    expect(
      (await app().db.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).planId,
    ).toBeNull();
  });

  it("never both deletes a plan and moves a tenant onto it, when the two race", async () => {
    const owner = await signUpVerified(app());
    const tenantId = owner.memberships[0]?.tenantId ?? "";
    for (let round = 0; round < 6; round += 1) {
      const plan = await createPlan();
      const [removal, move] = await Promise.all([
        rest("DELETE", `/admin/plans/${plan.id}`),
        app()
          .db.tenant.update({ where: { id: tenantId }, data: { planId: plan.id } })
          .then(() => "moved" as const)
          .catch(() => "refused" as const),
      ]);
      const tenant = await app().db.tenant.findUniqueOrThrow({ where: { id: tenantId } });
      if (removal.status === 200) {
        expect(move).toBe("refused");
        expect(tenant.planId).not.toBe(plan.id);
      } else {
        expect(removal.status).toBe(409);
        expect(move).toBe("moved");
        expect(tenant.planId).toBe(plan.id);
        await app().db.tenant.update({ where: { id: tenantId }, data: { planId: FREE_PLAN_ID } });
      }
    }
  });
});

describe("entitlement keys", () => {
  it("lists each key once, by key, with the first type and the first description given", async () => {
    const prefix = `k${randomUUID().slice(0, 8).replace(/-/g, "")}`;
    await createPlan({
      entitlements: {
        [`${prefix}_b`]: { type: "bool", value: true },
        [`${prefix}_a`]: { type: "numeric", value: 10, description: "Seats" },
      },
    });
    await createPlan({
      entitlements: {
        [`${prefix}_b`]: { type: "bool", boolValue: false, description: "Beta access" },
        [`${prefix}_c`]: { type: "string", value: "gold", description: "Tier" },
        [`${prefix}_a`]: { type: "numeric", value: 20, description: "Other text" },
      },
    });
    const { status, body } = await rest("GET", "/admin/plans/entitlement-keys");
    expect(status).toBe(200);
    const keys = body.keys as { key: string }[];
    expect(keys.map((k) => k.key)).toEqual([...keys.map((k) => k.key)].sort());
    expect(keys.filter((k) => k.key.startsWith(prefix))).toEqual([
      { key: `${prefix}_a`, type: "numeric", description: "Seats" },
      { key: `${prefix}_b`, type: "bool", description: "Beta access" },
      { key: `${prefix}_c`, type: "string", description: "Tier" },
    ]);
  });
});

describe("who may manage plans", () => {
  it("answers 401 without credentials and 403 to members who are not platform admins", async () => {
    const anonymous = restClient(app(), null);
    expect((await anonymous("GET", "/admin/plans")).status).toBe(401);
    expect((await anonymous("POST", "/admin/plans", enterprise())).status).toBe(401);

    const member = await signUpVerified(app());
    const rootUser = await signUpVerified(app());
    await addMember(app().db, rootUser.user.id, admin.rootTenantId, "user");
    const plan = await createPlan();
    const before = await catalogSnapshot(app());
    for (const person of [member, rootUser]) {
      const call = restClient(app(), person.accessToken, person.memberships[0]?.tenantId);
      for (const [method, path, body] of [
        ["GET", "/admin/plans"],
        ["GET", `/admin/plans/${plan.id}`],
        ["GET", "/admin/plans/entitlement-keys"],
        ["POST", "/admin/plans", enterprise()],
        ["PATCH", `/admin/plans/${plan.id}`, { name: "Mine" }],
        ["DELETE", `/admin/plans/${plan.id}`],
      ] as const) {
        const result = await call(method, path, body);
        expect(result.status, `${method} ${path}`).toBe(403);
        expect(result.body.code).toBe("FORBIDDEN");
      }
    }
    expect(await catalogSnapshot(app())).toEqual(before);
  });
});
