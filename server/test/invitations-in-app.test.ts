import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerWith, PASSWORD, signUp } from "./support/auth.js";
import { addMember } from "./support/factories.js";
import { useInvitationApp } from "./support/invitations.js";
import { json } from "./support/json.js";

const { app, clock, team, roleIn } = useInvitationApp();

/** An existing account invited by Olive's team: the invitation id comes from their message. */
async function invited(role: "admin" | "user" = "user") {
  const crew = await team();
  const invitee = await signUp(app(), { displayName: "Ivy Invitee" });
  await crew.as(crew.owner).invite({ email: invitee.user.email, role });
  const messages = callerWith(app(), invitee.accessToken).messages;
  const [message] = (await messages.list()).messages;
  const invitationId = message?.invitationId ?? "";
  const acceptOverRest = (token = invitee.accessToken, id = invitationId) =>
    app().http(`/api/v1/invitations/${id}/accept`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: "{}",
    });
  return { ...crew, invitee, invitationId, messages, acceptOverRest };
}

async function statusInMessage(messages: Awaited<ReturnType<typeof invited>>["messages"]) {
  return (await messages.list()).messages[0]?.invitationStatus;
}

describe("accepting from the in-app message", () => {
  it("joins with the invited role, says so in the message, and leaves the email unverified", async () => {
    const { invitee, invitationId, messages, acceptOverRest, tenantId } = await invited("admin");
    expect((await messages.list()).messages[0]).toMatchObject({
      type: "invitation",
      invitationId: expect.any(String),
      invitationStatus: "open",
    });
    const response = await acceptOverRest();
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.message).toBe("Invitation accepted");
    expect(body.memberships).toContainEqual(
      expect.objectContaining({ tenantId, tenantName: "Olive's Team", role: "admin", isRoot: false }),
    );
    expect(await roleIn(tenantId, invitee.user.id)).toBe("admin");
    expect(await statusInMessage(messages)).toBe("accepted");
    const user = await app().db.user.findUniqueOrThrow({ where: { id: invitee.user.id } });
    expect(user.emailVerifiedAt).toBeNull();
    const audit = await app().db.auditLog.findFirstOrThrow({
      where: { action: "tenancy.invitation_accepted", tenantId },
    });
    expect(audit.metadata).toMatchObject({ invitationId, via: "in_app" });

    const again = callerWith(app(), invitee.accessToken).invitations.acceptById({ invitationId });
    await expect(again).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "This invitation has already been accepted",
    });
  });

  it("refuses anyone but the addressee with a 403 that does not name the address", async () => {
    const { invitationId, acceptOverRest, owner, tenantId } = await invited();
    const stranger = await signUp(app());
    const refused = await acceptOverRest(stranger.accessToken);
    expect(refused.status).toBe(403);
    const body = await json(refused);
    expect(body).toEqual({ code: "FORBIDDEN", error: "This invitation was sent to another address" });
    // The inviting owner is refused too: the invitation is for someone else.
    await expect(
      callerWith(app(), owner.accessToken).invitations.acceptById({ invitationId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await roleIn(tenantId, stranger.user.id)).toBeNull();
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const { invitee, acceptOverRest } = await invited();
    const unknown = await acceptOverRest(invitee.accessToken, randomUUID());
    expect(unknown.status).toBe(404);
    expect(await json(unknown)).toEqual({ code: "NOT_FOUND", error: "No invitation with that id" });
    const malformed = await acceptOverRest(invitee.accessToken, "not-a-uuid");
    expect(malformed.status).toBe(400);
    expect(await json(malformed)).toMatchObject({
      code: "VALIDATION_FAILED",
      error: expect.stringContaining("invitationId"),
    });
  });

  it("refuses revoked and expired invitations with a 404 sentence, and the message shows why", async () => {
    const revoked = await invited();
    await revoked.as(revoked.owner).revokeInvitation({ invitationId: revoked.invitationId });
    expect(await statusInMessage(revoked.messages)).toBe("revoked");
    const refusedRevoked = await revoked.acceptOverRest();
    expect(refusedRevoked.status).toBe(404);
    expect(await json(refusedRevoked)).toEqual({
      code: "NOT_FOUND",
      error: "This invitation was withdrawn or replaced by a newer one",
    });

    const expired = await invited();
    clock.advance(7 * 86_400_000 + 1000);
    try {
      const later = await app()
        .caller()
        .auth.login({ email: expired.invitee.user.email, password: PASSWORD });
      expect(await statusInMessage(callerWith(app(), later.accessToken).messages)).toBe("expired");
      const refusedExpired = await expired.acceptOverRest(later.accessToken);
      expect(refusedExpired.status).toBe(404);
      expect((await json(refusedExpired)).error).toContain("expired");
    } finally {
      clock.advance(-(7 * 86_400_000 + 1000));
    }
  });

  it("answers 409 to someone who is already a member", async () => {
    const { invitee, tenantId, acceptOverRest } = await invited();
    await addMember(app().db, invitee.user.id, tenantId, "user");
    const conflict = await acceptOverRest();
    expect(conflict.status).toBe(409);
    expect(await json(conflict)).toEqual({
      code: "CONFLICT",
      error: "You are already a member of this tenant",
    });
  });

  it("rechecks the seat limit (402)", async () => {
    const { invitee, tenantId, acceptOverRest } = await invited();
    const plan = await app().db.plan.create({ data: { name: `Tiny-${randomUUID()}`, userLimit: 3 } });
    await app().db.tenant.update({ where: { id: tenantId }, data: { planId: plan.id } });
    const refused = await acceptOverRest();
    expect(refused.status).toBe(402);
    expect(await json(refused)).toMatchObject({ code: "PAYMENT_REQUIRED" });
    expect(await roleIn(tenantId, invitee.user.id)).toBeNull();
    expect(await app().db.invitation.count({ where: { tenantId, acceptedAt: { not: null } } })).toBe(0);
  });

  it("lets exactly one of several parallel accepts win", async () => {
    const { invitee, invitationId, tenantId } = await invited();
    const invitations = callerWith(app(), invitee.accessToken).invitations;
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => invitations.acceptById({ invitationId })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const result of results) {
      if (result.status === "rejected")
        expect(result.reason).toMatchObject({ code: expect.stringMatching(/CONFLICT|NOT_FOUND/) });
    }
    expect(await app().db.membership.count({ where: { tenantId, userId: invitee.user.id } })).toBe(1);
    expect(
      await app().db.auditLog.count({ where: { action: "tenancy.invitation_accepted", tenantId } }),
    ).toBe(1);
  });

  it("is for signed-in people only (401 without a token)", async () => {
    const { acceptOverRest } = await invited();
    expect((await acceptOverRest("")).status).toBe(401);
  });
});
