import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerWith, signUp, signUpVerified, uniqueEmail } from "./support/auth.js";
import { useInvitationApp } from "./support/invitations.js";
import { json } from "./support/json.js";
import { latestMailTo, linkIn } from "./support/mailbox.js";

const { app, clock, operatorToken, team, tenantAs, invitationToken, inviteOverRest, roleIn } =
  useInvitationApp();

describe("inviting", () => {
  it("lets owners invite admins and users, admins invite users only, users no one", async () => {
    const { as, owner, admin, user } = await team();
    await expect(as(owner).invite({ email: uniqueEmail(), role: "admin" })).resolves.toEqual({
      message: "Invitation sent",
    });
    await expect(as(owner).invite({ email: uniqueEmail(), role: "user" })).resolves.toBeTruthy();
    await expect(as(admin).invite({ email: uniqueEmail(), role: "user" })).resolves.toBeTruthy();
    await expect(as(admin).invite({ email: uniqueEmail(), role: "admin" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only the owner can invite admins",
    });
    const refused = uniqueEmail();
    await expect(as(user).invite({ email: refused, role: "user" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await app().db.invitation.count({ where: { email: refused } })).toBe(0);
  });

  it("sends new addresses a sign-up-and-join link and stores only the token's hash", async () => {
    const { as, owner, tenantId } = await team();
    const email = uniqueEmail("new");
    await as(owner).invite({ email: email.toUpperCase(), role: "user" });
    const mail = await latestMailTo(app(), operatorToken(), email, "invitation");
    expect(mail.subject).toContain("Olive Owner invited you");
    expect(mail.text).toContain("Create account and join");
    const { token } = linkIn(mail.text, "/invite");
    const stored = await app().db.invitation.findFirstOrThrow({ where: { tenantId, email } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - clock.now().getTime()).toBe(7 * 86_400_000);
    expect(await app().db.auditLog.count({ where: { action: "tenancy.invitation_sent", tenantId } })).toBe(1);
  });

  it("gives existing users a join link and an in-app message", async () => {
    const { as, owner } = await team();
    const invitee = await signUp(app(), { displayName: "Ivy Invitee" });
    await as(owner).invite({ email: invitee.user.email, role: "admin" });
    expect((await latestMailTo(app(), operatorToken(), invitee.user.email, "invitation")).text).toContain(
      "Accept the invitation",
    );
    const messages = callerWith(app(), invitee.accessToken).messages;
    const { messages: list } = await messages.list();
    expect(list).toEqual([
      {
        id: expect.any(String),
        userId: invitee.user.id,
        type: "invitation",
        title: expect.stringContaining("Olive's Team"),
        body: expect.stringContaining("as admin"),
        link: null,
        isRead: false,
        createdAt: expect.any(Date),
        invitationId: expect.any(String),
        invitationStatus: "open",
      },
    ]);
    expect(await messages.unreadCount()).toEqual({ count: 1 });
  });

  it("refuses to invite someone who is already a member", async () => {
    const { as, owner, user } = await team();
    await expect(as(owner).invite({ email: user.user.email, role: "user" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("validates input over REST with a clear 400", async () => {
    const { owner, tenantId } = await team();
    const response = await inviteOverRest(owner.accessToken, tenantId, {
      email: "not-an-email",
      role: "owner",
    });
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({
      code: "VALIDATION_FAILED",
      error: expect.stringContaining("email"),
    });
  });
});

describe("open invitations", () => {
  it("are listed and revoked by owners and admins; admins revoke user invitations only", async () => {
    const { as, owner, admin, user } = await team();
    const forAdmin = uniqueEmail();
    const forUser = uniqueEmail();
    await as(owner).invite({ email: forAdmin, role: "admin" });
    await as(owner).invite({ email: forUser, role: "user" });
    const { invitations } = await as(admin).invitations();
    expect(invitations.map((i) => i.email).sort()).toEqual([forAdmin, forUser].sort());
    expect(invitations[0]?.invitedBy).toEqual({ userId: owner.user.id, displayName: "Olive Owner" });
    await expect(as(user).invitations()).rejects.toMatchObject({ code: "FORBIDDEN" });

    const id = (email: string) => invitations.find((i) => i.email === email)?.id ?? "";
    await expect(as(admin).revokeInvitation({ invitationId: id(forAdmin) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(as(admin).revokeInvitation({ invitationId: id(forUser) })).resolves.toEqual({
      message: "Invitation revoked",
    });
    await expect(as(owner).revokeInvitation({ invitationId: id(forAdmin) })).resolves.toBeTruthy();
    await expect(as(owner).revokeInvitation({ invitationId: randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await as(owner).invitations()).invitations).toEqual([]);
  });
});

describe("plan user limit", () => {
  async function limitedTeam(userLimit: number) {
    const owner = await signUpVerified(app(), { displayName: "Lena Limited" });
    const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    const plan = await app().db.plan.create({ data: { name: `Small-${randomUUID()}`, userLimit } });
    await app().db.tenant.update({ where: { id: tenantId }, data: { planId: plan.id } });
    return { owner, tenantId, tenant: callerWith(app(), owner.accessToken) };
  }

  it("counts members and open invitations, and refuses beyond the limit with a clear 402", async () => {
    const { owner, tenantId } = await limitedTeam(2);
    const as = tenantAs(owner.accessToken, tenantId);
    await as.invite({ email: uniqueEmail(), role: "user" });
    const refused = uniqueEmail();
    const response = await inviteOverRest(owner.accessToken, tenantId, { email: refused, role: "user" });
    expect(response.status).toBe(402);
    expect(await json(response)).toEqual({
      code: "PAYMENT_REQUIRED",
      error: expect.stringContaining("plan allows 2 users"),
    });
    expect(await app().db.invitation.count({ where: { email: refused } })).toBe(0);
  });

  it("gives the last seat to exactly one of several parallel invitations", async () => {
    const { owner, tenantId } = await limitedTeam(2);
    const as = tenantAs(owner.accessToken, tenantId);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => as.invite({ email: uniqueEmail(), role: "user" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await app().db.invitation.count({ where: { tenantId } })).toBe(1);
  });

  it("refuses an accept when the plan shrank below the team size", async () => {
    const { owner, tenantId } = await limitedTeam(3);
    const as = tenantAs(owner.accessToken, tenantId);
    const invitee = await signUp(app());
    await as.invite({ email: invitee.user.email, role: "user" });
    const token = await invitationToken(invitee.user.email);
    await app().db.plan.updateMany({
      where: { tenants: { some: { id: tenantId } } },
      data: { userLimit: 1 },
    });
    await expect(callerWith(app(), invitee.accessToken).invitations.accept({ token })).rejects.toMatchObject({
      code: "PAYMENT_REQUIRED",
    });
    expect(await roleIn(tenantId, invitee.user.id)).toBeNull();
  });
});
