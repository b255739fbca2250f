import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signUp } from "./support/auth.js";
import { addMember } from "./support/factories.js";
import { json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();

/** An owner's personal tenant with an admin and two users, each with a caller scoped to it. */
async function team() {
  const owner = await signUp(app(), { displayName: "Olive Owner" });
  const tenantId = owner.memberships.find((membership) => !membership.isRoot)?.tenantId ?? "";
  const join = async (role: "admin" | "user") => {
    const person = await signUp(app());
    await addMember(app().db, person.user.id, tenantId, role);
    return person;
  };
  const [admin, user, otherUser] = [await join("admin"), await join("user"), await join("user")];
  const as = (person: { accessToken: string }, tenant = tenantId) =>
    app().caller({ authorization: `Bearer ${person.accessToken}`, tenantIdHeader: tenant }).tenant;
  const roleOf = async (userId: string) =>
    (await app().db.membership.findUnique({ where: { userId_tenantId: { userId, tenantId } } }))?.role ??
    null;
  return { tenantId, owner, admin, user, otherUser, as, roleOf };
}

describe("tenant access", () => {
  it("lets any member list members with the seed's shape", async () => {
    const { as, user, owner } = await team();
    const { members } = await as(user).members();
    expect(members).toHaveLength(4);
    expect(members[0]).toEqual({
      userId: owner.user.id,
      email: owner.user.email,
      displayName: "Olive Owner",
      role: "owner",
      joinedAt: expect.any(Date),
    });
  });

  it("refuses non-members identically whether or not the tenant exists", async () => {
    const { tenantId } = await team();
    const outsider = await signUp(app());
    const refuse = (tenant: string) =>
      app().http("/api/v1/tenant/members", {
        headers: { Authorization: `Bearer ${outsider.accessToken}`, "X-Tenant-ID": tenant },
      });
    const existing = await refuse(tenantId);
    const missing = await refuse(randomUUID());
    expect(existing.status).toBe(403);
    expect(missing.status).toBe(403);
    expect(await json(existing)).toEqual(await json(missing));
  });

  it("requires a well-formed X-Tenant-ID", async () => {
    const { owner } = await team();
    const headers = { Authorization: `Bearer ${owner.accessToken}` };
    expect((await app().http("/api/v1/tenant/members", { headers })).status).toBe(400);
    const malformed = await app().http("/api/v1/tenant/members", {
      headers: { ...headers, "X-Tenant-ID": "acme" },
    });
    expect(malformed.status).toBe(400);
  });

  it("refuses a deactivated tenant", async () => {
    const { tenantId, as, owner } = await team();
    await app().db.tenant.update({ where: { id: tenantId }, data: { isActive: false } });
    await expect(as(owner).members()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("change role", () => {
  it("lets only the owner promote or demote, over REST too", async () => {
    const { as, owner, admin, user, otherUser, roleOf, tenantId } = await team();
    const response = await app().http(`/api/v1/tenant/members/${user.user.id}/role`, {
      method: "PUT",
      headers: {
        Authorization: `Bearer ${owner.accessToken}`,
        "X-Tenant-ID": tenantId,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ role: "admin" }),
    });
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ message: "Role updated" });
    expect(await roleOf(user.user.id)).toBe("admin");

    await expect(as(admin).changeRole({ userId: otherUser.user.id, role: "admin" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(as(otherUser).changeRole({ userId: admin.user.id, role: "user" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await roleOf(otherUser.user.id)).toBe("user");
    const audit = await app().db.auditLog.findFirst({ where: { action: "tenancy.role_changed", tenantId } });
    expect(audit?.metadata).toMatchObject({ targetUserId: user.user.id, from: "user", to: "admin" });
  });

  it("never changes the owner's role (a conflict: transfer instead) and says who is not a member", async () => {
    const { as, owner } = await team();
    await expect(as(owner).changeRole({ userId: owner.user.id, role: "user" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(as(owner).changeRole({ userId: randomUUID(), role: "admin" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("remove member", () => {
  it("follows the rules: owner removes admins, admins remove users only, no one removes the owner or themselves", async () => {
    const { as, owner, admin, user, otherUser, roleOf } = await team();

    await expect(as(user).removeMember({ userId: otherUser.user.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Business rules, not permissions: 409 with the table's conflict code.
    await expect(as(admin).removeMember({ userId: owner.user.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "The tenant owner cannot be removed",
    });
    await expect(as(admin).removeMember({ userId: admin.user.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(as(owner).removeMember({ userId: owner.user.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    await as(admin).removeMember({ userId: user.user.id });
    expect(await roleOf(user.user.id)).toBeNull();
    await as(owner).removeMember({ userId: admin.user.id });
    expect(await roleOf(admin.user.id)).toBeNull();
    expect(await roleOf(owner.user.id)).toBe("owner");
  });

  it("does not let an admin remove another admin", async () => {
    const { as, admin, roleOf, tenantId } = await team();
    const peer = await signUp(app());
    await addMember(app().db, peer.user.id, tenantId, "admin");
    await expect(as(admin).removeMember({ userId: peer.user.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await roleOf(peer.user.id)).toBe("admin");
  });
});

describe("transfer ownership", () => {
  it("makes the target owner and the old owner admin, who cannot take it back", async () => {
    const { as, owner, user, roleOf } = await team();
    const response = await as(owner).transferOwnership({ userId: user.user.id });
    expect(response).toEqual({ message: "Ownership transferred" });
    expect(await roleOf(user.user.id)).toBe("owner");
    expect(await roleOf(owner.user.id)).toBe("admin");
    await expect(as(owner).transferOwnership({ userId: owner.user.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses non-owners and non-members, and the owner's transfer to themselves is a conflict", async () => {
    const { as, owner, admin, user } = await team();
    await expect(as(owner).transferOwnership({ userId: owner.user.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "You already own this tenant",
    });
    await expect(as(admin).transferOwnership({ userId: user.user.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(as(owner).transferOwnership({ userId: randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("leaves exactly one owner when two transfers race", async () => {
    const { as, owner, admin, user, tenantId } = await team();
    await Promise.allSettled([
      as(owner).transferOwnership({ userId: admin.user.id }),
      as(owner).transferOwnership({ userId: user.user.id }),
    ]);
    expect(await app().db.membership.count({ where: { tenantId, role: "owner" } })).toBe(1);
  });
});
