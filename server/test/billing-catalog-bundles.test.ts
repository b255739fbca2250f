import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { restClient, signUpPlatformAdmin, trpcBatch, uniqueName } from "./billing-catalog-helpers.js";
import { signUpVerified } from "./support/auth.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();
let admin: Awaited<ReturnType<typeof signUpPlatformAdmin>>;
let rest: ReturnType<typeof restClient>;

beforeAll(async () => {
  admin = await signUpPlatformAdmin(app());
  rest = restClient(app(), admin.accessToken);
});

function bundleInput(overrides: Record<string, unknown> = {}) {
  return {
    name: uniqueName("1000 Credits"),
    credits: 1000,
    priceCents: 8900,
    isActive: true,
    sortOrder: 2,
    ...overrides,
  };
}

async function createBundle(overrides: Record<string, unknown> = {}) {
  const created = await rest("POST", "/admin/bundles", bundleInput(overrides));
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return created.body;
}

async function snapshot() {
  const bundles = await app().db.creditBundle.findMany({ orderBy: { id: "asc" } });
  const audit = await app().db.auditLog.count({ where: { action: { startsWith: "billing." } } });
  return { bundles, audit };
}

describe("admin bundle CRUD over REST", () => {
  it("creates with the seed's shape, defaults isActive and sortOrder, and audits", async () => {
    const input = bundleInput();
    const { status, body } = await rest("POST", "/admin/bundles", input);
    expect(status).toBe(200);
    expect(body).toEqual({ id: expect.any(String), ...input, createdAt: expect.stringMatching(/^\d{4}-/) });

    const minimal = await rest("POST", "/admin/bundles", {
      name: uniqueName("Tiny"),
      credits: 5,
      priceCents: 99,
    });
    expect(minimal.body).toMatchObject({ isActive: true, sortOrder: 0 });
    const audit = await app().db.auditLog.findMany({ where: { action: "billing.bundle_created" } });
    expect(audit.map((row) => (row.metadata as { bundleId: string }).bundleId)).toEqual(
      expect.arrayContaining([body.id, minimal.body.id]),
    );
    expect(audit[0]).toMatchObject({ userId: admin.user.id, tenantId: admin.rootTenantId });
  });

  it("updates only the given fields, then deletes", async () => {
    const bundle = await createBundle();
    const updated = await rest("PATCH", `/admin/bundles/${bundle.id}`, { priceCents: 7900 });
    expect(updated).toEqual({ status: 200, body: { ...bundle, priceCents: 7900 } });
    const deactivated = await rest("PATCH", `/admin/bundles/${bundle.id}`, {
      isActive: false,
      sortOrder: -1,
    });
    expect(deactivated.body).toMatchObject({ isActive: false, sortOrder: -1, priceCents: 7900 });

    expect(await rest("DELETE", `/admin/bundles/${bundle.id}`)).toEqual({
      status: 200,
      body: { status: "deleted" },
    });
    expect(await app().db.creditBundle.findUnique({ where: { id: bundle.id } })).toBeNull();
    const actions = await app().db.auditLog.findMany({ where: { action: { startsWith: "billing.bundle" } } });
    expect(
      actions
        .filter((row) => (row.metadata as { bundleId: string }).bundleId === bundle.id)
        .map((row) => row.action),
    ).toEqual([
      "billing.bundle_created",
      "billing.bundle_updated",
      "billing.bundle_updated",
      "billing.bundle_deleted",
    ]);
  });

  it("lists every bundle, inactive ones too, by sortOrder then name", async () => {
    const inactive = await createBundle({ isActive: false, sortOrder: 5 });
    const { status, body } = await rest("GET", "/admin/bundles");
    expect(status).toBe(200);
    const bundles = body.bundles as { id: string; name: string; sortOrder: number }[];
    expect(bundles.map((b) => b.id)).toContain(inactive.id);
    const sorted = [...bundles].sort((a, b) => a.sortOrder - b.sortOrder || (a.name < b.name ? -1 : 1));
    expect(bundles.map((b) => b.id)).toEqual(sorted.map((b) => b.id));
    expect(Object.keys(bundles[0] ?? {}).sort()).toEqual([
      "createdAt",
      "credits",
      "id",
      "isActive",
      "name",
      "priceCents",
      "sortOrder",
    ]);
  });

  it("answers 404 for unknown bundles and 400 for malformed ids, changing nothing", async () => {
    const before = await snapshot();
    for (const [method, body] of [["PATCH", { credits: 10 }], ["DELETE"]] as const) {
      expect(await rest(method, `/admin/bundles/${randomUUID()}`, body), method).toEqual({
        status: 404,
        body: { error: "Credit bundle not found", code: "NOT_FOUND" },
      });
      const malformed = await rest(method, "/admin/bundles/123", body);
      expect(malformed.status).toBe(400);
      expect(malformed.body.code).toBe("VALIDATION_FAILED");
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("bundle validation", () => {
  const bad: [string, Record<string, unknown>, string][] = [
    ["empty name", { name: "" }, "name"],
    ["control character in name", { name: "Credits\n" + "\u0001" }, "name"],
    ["zero credits", { credits: 0 }, "credits"],
    ["negative credits", { credits: -100 }, "credits"],
    ["fractional credits", { credits: 1.5 }, "credits"],
    ["too many credits", { credits: 10_000_001 }, "credits"],
    ["zero price", { priceCents: 0 }, "priceCents"],
    ["negative price", { priceCents: -1 }, "priceCents"],
    ["price too high for Stripe", { priceCents: 100_000_000 }, "priceCents"],
    ["price as a string", { priceCents: "8900" }, "priceCents"],
    ["isActive as a string", { isActive: "false" }, "isActive"],
    ["fractional sortOrder", { sortOrder: 0.5 }, "sortOrder"],
  ];

  it.each(bad)("refuses a create with %s (400, nothing stored)", async (_label, fields, field) => {
    const before = await snapshot();
    const { status, body } = await rest("POST", "/admin/bundles", bundleInput(fields));
    expect(status).toBe(400);
    expect(body.code).toBe("VALIDATION_FAILED");
    expect(body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await snapshot()).toEqual(before);
  });

  it.each(bad)("refuses an update with %s (400, bundle unchanged)", async (_label, fields) => {
    const bundle = await createBundle();
    const before = await snapshot();
    expect((await rest("PATCH", `/admin/bundles/${bundle.id}`, fields)).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses duplicate names on create and rename, also in parallel and in one tRPC batch", async () => {
    const taken = await createBundle();
    const other = await createBundle();
    const before = await snapshot();
    expect(await rest("POST", "/admin/bundles", bundleInput({ name: taken.name }))).toEqual({
      status: 409,
      body: { error: `A credit bundle named "${taken.name}" already exists`, code: "CONFLICT" },
    });
    expect((await rest("PATCH", `/admin/bundles/${other.id}`, { name: taken.name })).status).toBe(409);
    expect(await snapshot()).toEqual(before);

    const input = bundleInput();
    const parallel = await Promise.all([
      rest("POST", "/admin/bundles", input),
      rest("POST", "/admin/bundles", input),
    ]);
    expect(parallel.map((r) => r.status).sort()).toEqual([200, 409]);
    const batched = bundleInput();
    const statuses = await trpcBatch(app(), admin.accessToken, "adminBundles.create", Array(5).fill(batched));
    expect(statuses.sort()).toEqual([200, 409, 409, 409, 409]);
    expect(await app().db.creditBundle.count({ where: { name: { in: [input.name, batched.name] } } })).toBe(
      2,
    );
  });
});

describe("access to bundles", () => {
  it("keeps admin routes to platform admins: 401 anonymous, 403 a tenant owner", async () => {
    const bundle = await createBundle();
    const owner = await signUpVerified(app());
    const anonymous = restClient(app(), null);
    const member = restClient(app(), owner.accessToken, owner.memberships[0]?.tenantId);
    const before = await snapshot();
    for (const [method, path, body] of [
      ["GET", "/admin/bundles"],
      ["POST", "/admin/bundles", bundleInput()],
      ["PATCH", `/admin/bundles/${bundle.id}`, { priceCents: 1 }],
      ["DELETE", `/admin/bundles/${bundle.id}`],
    ] as const) {
      expect((await anonymous(method, path, body)).status, `${method} ${path}`).toBe(401);
      expect((await member(method, path, body)).status, `${method} ${path}`).toBe(403);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("shows tenant members the active bundles only, by sortOrder then name, without admin fields", async () => {
    const late = await createBundle({ sortOrder: -50, name: uniqueName("B") });
    const early = await createBundle({ sortOrder: -50, name: uniqueName("A") });
    const hidden = await createBundle({ sortOrder: -60, isActive: false });
    const owner = await signUpVerified(app());
    const tenantId = owner.memberships[0]?.tenantId ?? "";
    const { status, body } = await restClient(app(), owner.accessToken, tenantId)("GET", "/billing/bundles");
    expect(status).toBe(200);
    const ids = (body.bundles as { id: string }[]).map((b) => b.id);
    expect(ids).not.toContain(hidden.id);
    expect(ids.slice(0, 2)).toEqual([early.id, late.id]);
    expect(body.bundles[0]).toEqual({
      id: early.id,
      name: early.name,
      credits: 1000,
      priceCents: 8900,
      isActive: true,
      sortOrder: -50,
    });
    const viaTrpc = await app()
      .caller({ authorization: `Bearer ${owner.accessToken}`, tenantIdHeader: tenantId })
      .billing.bundles();
    expect(viaTrpc.bundles.map((b) => b.id)).toEqual(ids);
  });
});
