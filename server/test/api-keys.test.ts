import { beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../src/lib/crypto.js";
import { callerWith, signUp } from "./support/auth.js";
import { addMember } from "./support/factories.js";
import { json } from "./support/json.js";
import { ManualClock } from "./support/manual-clock.js";
import { useTestApp } from "./support/test-app.js";

const clock = new ManualClock();
const app = useTestApp({ clock });
let operator: Awaited<ReturnType<typeof signUp>>;
let rootTenantId = "";

beforeAll(async () => {
  operator = await signUp(app(), { displayName: "Root Operator" });
  rootTenantId = operator.memberships.find((m) => m.isRoot)?.tenantId ?? "";
});

const keys = () => callerWith(app(), operator.accessToken).admin.apiKeys;

function withKey(
  rawKey: string,
  path: string,
  init: { tenantId?: string; method?: string; body?: unknown } = {},
) {
  return app().http(path, {
    method: init.method ?? "GET",
    headers: {
      Authorization: `Bearer ${rawKey}`,
      ...(init.tenantId ? { "X-Tenant-ID": init.tenantId } : {}),
      ...(init.body ? { "Content-Type": "application/json" } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
}

/** lastUsedAt is written after the response, off the request path; wait for it to land. */
async function lastUsedAt(id: string) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const row = await app().db.apiKey.findUniqueOrThrow({ where: { id } });
    if (row.lastUsedAt) return row.lastUsedAt;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

describe("creating and listing keys", () => {
  it("returns the raw key once and stores only its SHA-256", async () => {
    const { apiKey, rawKey } = await keys().create({ name: "CI/CD Pipeline", authority: "admin" });
    expect(rawKey).toMatch(/^lsk_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toEqual({
      id: expect.any(String),
      name: "CI/CD Pipeline",
      keyPreview: rawKey.slice(-8),
      authority: "admin",
      createdBy: operator.user.id,
      createdByName: "Root Operator",
      createdAt: expect.any(Date),
      lastUsedAt: null,
      revokedAt: null,
      isActive: true,
    });
    const stored = await app().db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(stored.keyHash).toBe(sha256Hex(rawKey));
    expect(JSON.stringify(stored)).not.toContain(rawKey.slice(4));

    const listed = await json(
      await app().http("/api/v1/admin/api-keys", {
        headers: { Authorization: `Bearer ${operator.accessToken}` },
      }),
    );
    const entry = listed.apiKeys.find((key: { id: string }) => key.id === apiKey.id);
    expect(Object.keys(entry).sort()).toEqual(
      [
        "authority",
        "createdAt",
        "createdBy",
        "createdByName",
        "id",
        "isActive",
        "keyPreview",
        "lastUsedAt",
        "name",
        "revokedAt",
      ].sort(),
    );
    expect(JSON.stringify(listed)).not.toContain(stored.keyHash);
    expect(await app().db.auditLog.count({ where: { action: "api_key.created" } })).toBeGreaterThan(0);
  });

  it("is for platform administrators only", async () => {
    const someone = await signUp(app());
    await expect(
      callerWith(app(), someone.accessToken).admin.apiKeys.create({ name: "x", authority: "user" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerWith(app(), someone.accessToken).admin.apiKeys.list()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("validates the name and authority", async () => {
    await expect(keys().create({ name: "  ", authority: "admin" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(keys().create({ name: "x", authority: "owner" as "admin" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("authenticating with a key", () => {
  it("admin keys resolve the root tenant and reach platform-admin routes", async () => {
    const { rawKey, apiKey } = await keys().create({ name: "admin", authority: "admin" });
    const members = await withKey(rawKey, "/api/v1/tenant/members");
    expect(members.status).toBe(200);
    expect((await json(members)).members.map((m: { userId: string }) => m.userId)).toContain(
      operator.user.id,
    );
    expect((await withKey(rawKey, "/api/v1/admin/api-keys")).status).toBe(200);
    expect(await lastUsedAt(apiKey.id)).toEqual(clock.now());
  });

  it("user keys need X-Tenant-ID, act as a user there, and never reach admin routes", async () => {
    const { rawKey } = await keys().create({ name: "user", authority: "user" });
    const team = operator.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    expect((await withKey(rawKey, "/api/v1/tenant/members")).status).toBe(400);
    expect((await withKey(rawKey, "/api/v1/tenant/members", { tenantId: team })).status).toBe(200);
    const invite = await withKey(rawKey, "/api/v1/tenant/invitations", {
      tenantId: team,
      method: "POST",
      body: { email: "someone@example.test", role: "user" },
    });
    expect(invite.status).toBe(403);
    expect((await withKey(rawKey, "/api/v1/admin/api-keys")).status).toBe(403);
    expect((await withKey(rawKey, "/api/v1/tenant/members", { tenantId: rootTenantId })).status).toBe(200);
  });

  it("keys cannot act as a signed-in person (account routes)", async () => {
    const { rawKey } = await keys().create({ name: "user", authority: "admin" });
    expect((await withKey(rawKey, "/api/v1/messages")).status).toBe(403);
    expect(
      (
        await withKey(rawKey, "/api/v1/auth/change-password", {
          method: "POST",
          body: { newPassword: "n3wPassword!" },
        })
      ).status,
    ).toBe(403);
  });

  it("a key of a non-member still gets no access to a tenant", async () => {
    const { rawKey } = await keys().create({ name: "user", authority: "user" });
    const stranger = await signUp(app());
    const theirs = stranger.memberships[0]?.tenantId ?? "";
    expect((await withKey(rawKey, "/api/v1/tenant/members", { tenantId: theirs })).status).toBe(403);
  });

  it("rejects unknown and malformed keys with 401", async () => {
    expect((await withKey(`lsk_${"A".repeat(43)}`, "/api/v1/tenant/members")).status).toBe(401);
    expect((await withKey("lsk_", "/api/v1/tenant/members")).status).toBe(401);
  });

  it("records use at most once a minute", async () => {
    const { rawKey, apiKey } = await keys().create({ name: "throttled", authority: "admin" });
    await withKey(rawKey, "/api/v1/tenant/members");
    const first = await lastUsedAt(apiKey.id);
    clock.advance(30_000);
    await withKey(rawKey, "/api/v1/tenant/members");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await app().db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt).toEqual(first);
    clock.advance(31_000);
    await withKey(rawKey, "/api/v1/tenant/members");
    await expect
      .poll(async () => (await app().db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt)
      .toEqual(clock.now());
  });
});

describe("revoking", () => {
  it("stops the key at once, and answers with the seed's shape", async () => {
    const { rawKey, apiKey } = await keys().create({ name: "doomed", authority: "admin" });
    expect((await withKey(rawKey, "/api/v1/tenant/members")).status).toBe(200);
    const revoked = await app().http(`/api/v1/admin/api-keys/${apiKey.id}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${operator.accessToken}` },
    });
    expect(await json(revoked)).toEqual({ status: "deleted" });
    const refused = await withKey(rawKey, "/api/v1/tenant/members");
    expect(refused.status).toBe(401);
    expect(await json(refused)).toMatchObject({
      code: "UNAUTHENTICATED",
      error: "Invalid or revoked API key",
    });
    const listed = (await keys().list({ limit: 100 })).apiKeys.find((k) => k.id === apiKey.id);
    expect(listed).toMatchObject({ isActive: false, revokedAt: clock.now() });
    await expect(keys().revoke({ keyId: apiKey.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audit = await app().db.auditLog.findMany({ where: { action: "api_key.revoked" } });
    expect(audit.map((row) => [row.severity, row.userId, row.tenantId])).toEqual([
      ["high", operator.user.id, rootTenantId],
    ]);
  });

  it("a key stops working when its creator is deactivated or loses root admin", async () => {
    const admin = await signUp(app());
    await addMember(app().db, admin.user.id, rootTenantId, "admin");
    const { rawKey } = await callerWith(app(), admin.accessToken).admin.apiKeys.create({
      name: "k",
      authority: "admin",
    });
    expect((await withKey(rawKey, "/api/v1/admin/api-keys")).status).toBe(200);
    await app().db.membership.update({
      where: { userId_tenantId: { userId: admin.user.id, tenantId: rootTenantId } },
      data: { role: "user" },
    });
    expect((await withKey(rawKey, "/api/v1/admin/api-keys")).status).toBe(403);
    await app().db.user.update({ where: { id: admin.user.id }, data: { isActive: false } });
    expect((await withKey(rawKey, "/api/v1/tenant/members")).status).toBe(401);
  });
});

describe("listing keys", () => {
  it("keeps revoked keys, after the active ones, newest first within each, across pages", async () => {
    const made: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      made.push((await keys().create({ name: `page-${index}`, authority: "user" })).apiKey.id);
      clock.advance(1000);
    }
    await keys().revoke({ keyId: made[1] ?? "" });
    await keys().revoke({ keyId: made[3] ?? "" });
    const seen: { id: string; isActive: boolean; createdAt: Date }[] = [];
    let cursor: string | undefined;
    do {
      const page = await keys().list({ cursor, limit: 2 });
      expect(page.apiKeys.length).toBeLessThanOrEqual(2);
      seen.push(...page.apiKeys);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const ids = seen.map((key) => key.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(made));
    const firstRevoked = seen.findIndex((key) => !key.isActive);
    expect(seen.slice(firstRevoked).every((key) => !key.isActive)).toBe(true);
    const mine = ids.filter((id) => made.includes(id));
    expect(mine).toEqual([made[4], made[2], made[0], made[3], made[1]]);
  });

  it("rejects a bad cursor or limit over REST with a 400 naming the field", async () => {
    const headers = { Authorization: `Bearer ${operator.accessToken}` };
    const bad = await app().http("/api/v1/admin/api-keys?cursor=not-a-cursor", { headers });
    expect(bad.status).toBe(400);
    expect(await json(bad)).toMatchObject({
      code: "VALIDATION_FAILED",
      error: expect.stringContaining("cursor"),
    });
    const tooMany = await app().http("/api/v1/admin/api-keys?limit=101", { headers });
    expect(tooMany.status).toBe(400);
    expect(await json(tooMany)).toMatchObject({ error: expect.stringContaining("limit") });
    const page = await json(await app().http("/api/v1/admin/api-keys?limit=1", { headers }));
    expect(page.apiKeys).toHaveLength(1);
    expect(typeof page.nextCursor).toBe("string");
  });
});

describe("sending invitations with a key", () => {
  it("uses the creator's verification state", async () => {
    const { rawKey } = await keys().create({ name: "inviter", authority: "admin" });
    const invite = () =>
      withKey(rawKey, "/api/v1/tenant/invitations", {
        method: "POST",
        body: { email: `key-invitee-${Date.now()}@example.test`, role: "user" },
      });
    const refused = await invite();
    expect(refused.status).toBe(403);
    expect(await json(refused)).toEqual({
      code: "EMAIL_UNVERIFIED",
      error: "Verify your email address before sending invitations.",
    });
    await app().db.user.update({ where: { id: operator.user.id }, data: { emailVerifiedAt: new Date() } });
    expect((await invite()).status).toBe(200);
  });
});
