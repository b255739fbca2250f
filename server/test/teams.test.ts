import { describe, expect, it } from "vitest";
import { MAX_OWNED_TENANTS } from "../src/modules/tenancy/services/tenants.service.js";
import { callerWith, signUp } from "./support/auth.js";
import { addMember } from "./support/factories.js";
import { json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();

function rest(
  token: string,
  path: string,
  init: { method?: string; tenantId?: string; body?: unknown } = {},
) {
  return app().http(`/api/v1${path}`, {
    method: init.method ?? "GET",
    headers: {
      Authorization: `Bearer ${token}`,
      ...(init.tenantId ? { "X-Tenant-ID": init.tenantId } : {}),
      ...(init.body !== undefined ? { "Content-Type": "application/json" } : {}),
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
}

/** An owner's personal tenant with an admin and a user. */
async function team() {
  const owner = await signUp(app(), { displayName: "Olive Owner" });
  const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
  const join = async (role: "admin" | "user") => {
    const person = await signUp(app());
    await addMember(app().db, person.user.id, tenantId, role);
    return person;
  };
  const [admin, user] = [await join("admin"), await join("user")];
  const as = (person: { accessToken: string }) =>
    app().caller({ authorization: `Bearer ${person.accessToken}`, tenantIdHeader: tenantId }).tenant;
  return { tenantId, owner, admin, user, as };
}

/** A person who administers the platform (an admin of the root tenant). */
async function platformAdmin() {
  const person = await signUp(app());
  const root = await app().db.tenant.findFirstOrThrow({ where: { isRoot: true } });
  await addMember(app().db, person.user.id, root.id, "admin");
  return person;
}

async function adminKeyOf(person: { accessToken: string }) {
  return (await callerWith(app(), person.accessToken).admin.apiKeys.create({ name: "k", authority: "admin" }))
    .rawKey;
}

describe("creating a team", () => {
  it("makes the caller its owner, with a unique slug derived from the name, and audits it", async () => {
    const person = await signUp(app(), { displayName: "Cara Creator" });
    const caller = callerWith(app(), person.accessToken);
    const first = await caller.tenant.create({ name: "  Acme Rockets  " });
    expect(first).toEqual({
      tenant: {
        tenantId: expect.any(String),
        tenantName: "Acme Rockets",
        tenantSlug: expect.stringMatching(/^acme-rockets/),
        role: "owner",
        isRoot: false,
      },
    });
    const second = await caller.tenant.create({ name: "Acme Rockets" });
    expect(second.tenant.tenantSlug).not.toBe(first.tenant.tenantSlug);
    expect(second.tenant.tenantSlug).toMatch(/^acme-rockets-[0-9a-f]{6}$/);
    const { memberships } = await caller.auth.me();
    expect(memberships.map((m) => m.tenantId)).toEqual(
      expect.arrayContaining([first.tenant.tenantId, second.tenant.tenantId]),
    );
    const audit = await app().db.auditLog.findMany({
      where: { action: "tenancy.tenant_created", tenantId: first.tenant.tenantId },
    });
    expect(audit.map((row) => row.userId)).toEqual([person.user.id]);
  });

  it("works over REST and refuses bad names with a 400 naming the field", async () => {
    const person = await signUp(app());
    const created = await rest(person.accessToken, "/tenants", {
      method: "POST",
      body: { name: "Über Team" },
    });
    expect(created.status).toBe(200);
    expect((await json(created)).tenant).toMatchObject({
      tenantName: "Über Team",
      tenantSlug: expect.stringMatching(/^ber-team/),
    });
    for (const name of ["", "   ", "x".repeat(101), "bad\u0007name", "line\nbreak"]) {
      const refused = await rest(person.accessToken, "/tenants", { method: "POST", body: { name } });
      expect(refused.status, JSON.stringify(name)).toBe(400);
      expect(await json(refused)).toMatchObject({
        code: "VALIDATION_FAILED",
        error: expect.stringContaining("name"),
      });
    }
    expect((await rest(person.accessToken, "/tenants", { method: "POST", body: {} })).status).toBe(400);
  });

  it(`stops at ${MAX_OWNED_TENANTS} owned teams with a 409, even when requests race`, async () => {
    const person = await signUp(app());
    const caller = callerWith(app(), person.accessToken);
    // The personal team counts: one owned already.
    for (let index = 1; index < MAX_OWNED_TENANTS - 2; index += 1)
      await caller.tenant.create({ name: `T${index}` });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, index) => caller.tenant.create({ name: `Race ${index}` })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const refused = await rest(person.accessToken, "/tenants", {
      method: "POST",
      body: { name: "One more" },
    });
    expect(refused.status).toBe(409);
    expect(await json(refused)).toEqual({
      code: "CONFLICT",
      error: `You already own ${MAX_OWNED_TENANTS} teams, the most one account can own; delete or transfer one first.`,
    });
    const owned = await app().db.membership.count({
      where: { userId: person.user.id, role: "owner", tenant: { isRoot: false } },
    });
    expect(owned).toBe(MAX_OWNED_TENANTS);
  });

  it("is for signed-in people, not API keys", async () => {
    const key = await adminKeyOf(await platformAdmin());
    expect((await rest(key, "/tenants", { method: "POST", body: { name: "Via key" } })).status).toBe(403);
    expect((await rest("", "/tenants", { method: "POST", body: { name: "Anonymous" } })).status).toBe(401);
  });
});

describe("the current team", () => {
  it("shows any member its name, slug, their role and the member count", async () => {
    const { as, user, tenantId } = await team();
    const { tenant } = await as(user).current();
    expect(tenant).toEqual({
      id: tenantId,
      name: "Olive's Team",
      slug: expect.stringMatching(/^olives-team/),
      isRoot: false,
      role: "user",
      memberCount: 3,
      createdAt: expect.any(Date),
    });
    const response = await rest(user.accessToken, "/tenant", { tenantId });
    expect(response.status).toBe(200);
    expect((await json(response)).tenant).toMatchObject({ id: tenantId, role: "user", memberCount: 3 });
    expect((await rest(user.accessToken, "/tenant")).status).toBe(400);
  });

  it("is renamed by owners and admins (slug unchanged, audited), not by users", async () => {
    const { as, owner, admin, user, tenantId } = await team();
    const { tenant: before } = await as(owner).current();
    const renamed = await as(admin).rename({ name: "  Rocket Crew " });
    expect(renamed.tenant).toMatchObject({
      id: tenantId,
      name: "Rocket Crew",
      slug: before.slug,
      role: "admin",
    });
    await expect(as(user).rename({ name: "Mine now" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const refused = await rest(user.accessToken, "/tenant", {
      method: "PATCH",
      tenantId,
      body: { name: "Mine" },
    });
    expect(refused.status).toBe(403);
    const viaRest = await rest(owner.accessToken, "/tenant", {
      method: "PATCH",
      tenantId,
      body: { name: "Crew" },
    });
    expect(viaRest.status).toBe(200);
    expect((await json(viaRest)).tenant).toMatchObject({ name: "Crew", slug: before.slug });
    const bad = await rest(owner.accessToken, "/tenant", {
      method: "PATCH",
      tenantId,
      body: { name: "\u0000" },
    });
    expect(bad.status).toBe(400);
    const audit = await app().db.auditLog.findMany({
      where: { action: "tenancy.tenant_renamed", tenantId },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((row) => row.metadata)).toEqual([
      { from: "Olive's Team", to: "Rocket Crew" },
      { from: "Rocket Crew", to: "Crew" },
    ]);
  });
});

describe("leaving a team", () => {
  it("removes the member's own membership and audits it; they lose access at once", async () => {
    const { as, user, tenantId } = await team();
    await expect(as(user).leave()).resolves.toEqual({ message: "You left the tenant" });
    expect(await app().db.membership.count({ where: { tenantId, userId: user.user.id } })).toBe(0);
    await expect(as(user).members()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(
      await app().db.auditLog.count({
        where: { action: "tenancy.member_left", tenantId, userId: user.user.id },
      }),
    ).toBe(1);
  });

  it("refuses the owner with a 409 until ownership is transferred", async () => {
    const { as, owner, admin, tenantId } = await team();
    const refused = await rest(owner.accessToken, "/tenant/leave", { method: "POST", tenantId, body: {} });
    expect(refused.status).toBe(409);
    expect(await json(refused)).toEqual({ code: "CONFLICT", error: "Transfer ownership before leaving" });
    await as(owner).transferOwnership({ userId: admin.user.id });
    const left = await rest(owner.accessToken, "/tenant/leave", { method: "POST", tenantId, body: {} });
    expect(left.status).toBe(200);
    expect(await app().db.membership.findMany({ where: { tenantId }, select: { role: true } })).toEqual(
      expect.arrayContaining([{ role: "owner" }]),
    );
  });

  it("is not for API keys", async () => {
    const admin = await platformAdmin();
    const root = await app().db.tenant.findFirstOrThrow({ where: { isRoot: true } });
    const key = await adminKeyOf(admin);
    const refused = await rest(key, "/tenant/leave", { method: "POST", body: {} });
    expect(refused.status).toBe(403);
    expect(await app().db.membership.count({ where: { tenantId: root.id, userId: admin.user.id } })).toBe(1);
  });
});

describe("role changes", () => {
  it("tell the member by an in-app message", async () => {
    const { as, owner, user } = await team();
    await as(owner).changeRole({ userId: user.user.id, role: "admin" });
    const { messages } = await callerWith(app(), user.accessToken).messages.list();
    expect(messages[0]).toMatchObject({
      type: "role_changed",
      title: "Your role in Olive's Team is now Admin",
      isRead: false,
      invitationId: null,
      invitationStatus: null,
    });
    // Setting the role it already has tells no one anything new.
    await as(owner).changeRole({ userId: user.user.id, role: "admin" });
    const after = await callerWith(app(), user.accessToken).messages.list();
    expect(after.messages.filter((m) => m.type === "role_changed")).toHaveLength(1);
  });
});
