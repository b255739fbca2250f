import { describe, expect, it } from "vitest";
import { callerWith, PASSWORD, signUp, uniqueEmail } from "./support/auth.js";
import { useInvitationApp } from "./support/invitations.js";
import { json } from "./support/json.js";

const { app, clock, team, invitationToken, roleIn } = useInvitationApp();

describe("accepting", () => {
  it("adds an existing user with the invited role, once", async () => {
    const { as, owner, tenantId } = await team();
    const invitee = await signUp(app());
    await as(owner).invite({ email: invitee.user.email, role: "admin" });
    const token = await invitationToken(invitee.user.email);
    const invitations = callerWith(app(), invitee.accessToken).invitations;

    await expect(invitations.preview({ token })).resolves.toEqual({
      tenantName: "Olive's Team",
      email: invitee.user.email,
      role: "admin",
      inviterName: "Olive Owner",
      expiresAt: expect.any(Date),
      accountExists: true,
    });
    const accepted = await invitations.accept({ token });
    expect(accepted.message).toBe("Invitation accepted");
    expect(accepted.memberships).toContainEqual(
      expect.objectContaining({ tenantId, tenantName: "Olive's Team", role: "admin", isRoot: false }),
    );
    expect(await roleIn(tenantId, invitee.user.id)).toBe("admin");
    await expect(invitations.accept({ token })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await app().db.auditLog.count({ where: { action: "tenancy.invitation_accepted", tenantId } }),
    ).toBe(1);
  });

  it("is bound to the invited address", async () => {
    const { as, owner, tenantId } = await team();
    const email = uniqueEmail();
    await as(owner).invite({ email, role: "user" });
    const token = await invitationToken(email);
    const stranger = await signUp(app());
    await expect(callerWith(app(), stranger.accessToken).invitations.accept({ token })).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    expect(await roleIn(tenantId, stranger.user.id)).toBeNull();
  });

  it("lets a new address sign up and join in one step, its email verified by the link", async () => {
    const { as, owner, tenantId } = await team();
    const email = uniqueEmail("joiner");
    await as(owner).invite({ email, role: "user" });
    const token = await invitationToken(email);
    const joined = await app()
      .caller()
      .auth.signup({ email, password: PASSWORD, displayName: "Joy Joiner", invitationToken: token });
    expect(joined.user.emailVerified).toBe(true);
    expect(joined.memberships.map((m) => [m.tenantName, m.role])).toEqual(
      expect.arrayContaining([
        ["Joy's Team", "owner"],
        ["Olive's Team", "user"],
      ]),
    );
    expect(await roleIn(tenantId, joined.user.id)).toBe("user");
  });

  it("fails the whole signup on a bad invitation token, creating nothing", async () => {
    const email = uniqueEmail();
    const response = await app().http("/api/v1/auth/signup", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        email,
        password: PASSWORD,
        displayName: "No Body",
        invitationToken: "x".repeat(43),
      }),
    });
    expect(response.status).toBe(404);
    expect(await json(response)).toMatchObject({
      code: "NOT_FOUND",
      error: expect.stringContaining("invitation"),
    });
    expect(await app().db.user.count({ where: { email } })).toBe(0);
  });

  it("expires after 7 days", async () => {
    const { as, owner } = await team();
    const invitee = await signUp(app());
    await as(owner).invite({ email: invitee.user.email, role: "user" });
    const token = await invitationToken(invitee.user.email);
    clock.advance(7 * 86_400_000 + 1000);
    try {
      const later = await app().caller().auth.login({ email: invitee.user.email, password: PASSWORD });
      await expect(callerWith(app(), later.accessToken).invitations.accept({ token })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: expect.stringContaining("expired"),
      });
    } finally {
      clock.advance(-(7 * 86_400_000 + 1000));
    }
  });

  it("lets exactly one of several parallel accepts win", async () => {
    const { as, owner, tenantId } = await team();
    const invitee = await signUp(app());
    await as(owner).invite({ email: invitee.user.email, role: "user" });
    const token = await invitationToken(invitee.user.email);
    const invitations = callerWith(app(), invitee.accessToken).invitations;
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => invitations.accept({ token })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await app().db.membership.count({ where: { tenantId, userId: invitee.user.id } })).toBe(1);
  });

  it("replaces the open invitation when the same address is invited again", async () => {
    const { as, owner } = await team();
    const invitee = await signUp(app());
    await as(owner).invite({ email: invitee.user.email, role: "user" });
    const first = await invitationToken(invitee.user.email);
    clock.advance(1000);
    await as(owner).invite({ email: invitee.user.email, role: "admin" });
    const second = await invitationToken(invitee.user.email);
    expect(second).not.toBe(first);
    const invitations = callerWith(app(), invitee.accessToken).invitations;
    await expect(invitations.accept({ token: first })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(invitations.accept({ token: second })).resolves.toMatchObject({
      message: "Invitation accepted",
    });
  });
});
