import type { DbTx, MembershipRole } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { randomToken, sha256Hex } from "../../../lib/crypto.js";
import { AppError } from "../../../lib/errors.js";
import { type PageInput, readPage } from "../../../lib/pagination.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import {
  findUserByEmail,
  findUserById,
  markEmailVerified,
} from "../../identity/repositories/user.repository.js";
import { normalizeEmail } from "../../identity/services/passwords.js";
import { dispatchEmails, queueEmail } from "../../mail/services/outbox.service.js";
import { insertMessage } from "../../messages/repositories/message.repository.js";
import { raiseEvent } from "../../webhooks/services/raise-event.js";
import {
  consumeInvitation,
  findInvitationById,
  findInvitationByTokenHash,
  type InvitationRow,
  insertInvitation,
  listOpenInvitations,
  revokeInvitation,
  revokeOpenInvitationsFor,
} from "../repositories/invitation.repository.js";
import {
  findMemberRole,
  insertMembership,
  listMembershipsOfUser,
  type MembershipSummary,
} from "../repositories/membership.repository.js";
import { lockTenant } from "../repositories/tenant.repository.js";
import { invitationEmail, invitationMessage } from "./invitation-content.js";
import { assertSeatAvailable } from "./seats.service.js";
import type { TenantAccess, TenantActor } from "./tenant-access.service.js";

const INVALID = "This invitation link is invalid or has already been used";

/**
 * The routes admit owners and admins only (roleProcedure("admin")); within that, owners invite
 * (and revoke invitations for) admins or users, admins only users.
 */
function invitableRoles(role: MembershipRole): MembershipRole[] {
  return role === "owner" ? ["admin", "user"] : ["user"];
}

export async function inviteMember(
  deps: AppDeps,
  actor: TenantActor,
  input: { email: string; role: "admin" | "user" },
): Promise<void> {
  if (!invitableRoles(actor.access.role).includes(input.role)) {
    throw new AppError("FORBIDDEN", "Only the owner can invite admins");
  }
  // Mail goes out in the inviter's name, so their own address must be proven first. An API key
  // acts as its creator (actorId), so the creator's state applies to it too.
  const inviter = await findUserById(deps.db, actor.actorId);
  if (!inviter?.emailVerifiedAt) {
    throw new AppError("EMAIL_UNVERIFIED", "Verify your email address before sending invitations.");
  }
  const email = normalizeEmail(input.email);
  const { tenantId } = actor.access;
  const now = deps.clock.now();
  const invitee = await findUserByEmail(deps.db, email);
  if (invitee && (await findMemberRole(deps.db, tenantId, invitee.id))) {
    throw new AppError("CONFLICT", "That person is already a member of this tenant");
  }
  const token = randomToken(32);
  const emailId = await deps.db.$transaction(async (tx) => {
    const tenant = await lockTenant(tx, tenantId);
    if (!tenant) throw new AppError("NOT_FOUND", "Tenant not found");
    await assertSeatAvailable(tx, tenant, now, { includeOpenInvitations: true, exceptEmail: email });
    await revokeOpenInvitationsFor(tx, tenantId, email, now);
    const expiresAt = new Date(now.getTime() + deps.config.number("invitations.expiry_days") * 86_400_000);
    const invitationId = await insertInvitation(tx, {
      tenantId,
      email,
      role: input.role,
      tokenHash: sha256Hex(token),
      invitedById: actor.actorId,
      expiresAt,
    });
    const content = {
      appName: deps.config.appName(),
      subjectTemplate: deps.config.text("mail.invitation_subject"),
      tenantName: tenant.name,
      inviterName: inviter.displayName,
      role: input.role,
      link: deps.links.to("/invite", { token }),
      expiresAt,
      existingAccount: invitee !== null,
    };
    if (invitee) await insertMessage(tx, { userId: invitee.id, invitationId, ...invitationMessage(content) });
    await writeAudit(tx, {
      action: "tenancy.invitation_sent",
      userId: actor.actorId,
      tenantId,
      message: `Invited ${email} as ${input.role}`,
      metadata: { invitationId, email, role: input.role, existingAccount: invitee !== null },
      request: actor.origin,
    });
    await raiseEvent(tx, {
      tenantId,
      type: "invitation.sent",
      data: { invitationId, email, role: input.role, expiresAt: expiresAt.toISOString() },
    });
    return queueEmail(deps, tx, {
      to: email,
      kind: "invitation",
      linkExpiresAt: expiresAt,
      ...invitationEmail(content),
    });
  });
  await dispatchEmails(deps, [emailId]);
}

export async function listInvitations(deps: AppDeps, access: TenantAccess, page: PageInput) {
  const now = deps.clock.now();
  const { items, nextCursor } = await readPage(
    page,
    [(after, take) => listOpenInvitations(deps.db, access.tenantId, now, after, take)],
    (invitation) => ({ at: invitation.createdAt, id: invitation.id }),
  );
  return { invitations: items, nextCursor };
}

export async function revokeInvitationById(deps: AppDeps, actor: TenantActor, invitationId: string) {
  const now = deps.clock.now();
  await deps.db.$transaction(async (tx) => {
    const roles = invitableRoles(actor.access.role);
    if (!(await revokeInvitation(tx, actor.access.tenantId, invitationId, roles, now))) {
      throw new AppError("NOT_FOUND", "No open invitation with that id that you may revoke");
    }
    await writeAudit(tx, {
      action: "tenancy.invitation_revoked",
      userId: actor.actorId,
      tenantId: actor.access.tenantId,
      metadata: { invitationId },
      request: actor.origin,
    });
  });
}

/** Refuses a spent, revoked, expired or deactivated-tenant invitation with a 404. */
function assertOpen(deps: AppDeps, invitation: InvitationRow, spent: { accepted: string; revoked: string }) {
  if (invitation.acceptedAt) throw new AppError("NOT_FOUND", spent.accepted);
  if (invitation.revokedAt || !invitation.tenant.isActive) throw new AppError("NOT_FOUND", spent.revoked);
  if (invitation.expiresAt <= deps.clock.now()) {
    throw new AppError("NOT_FOUND", "This invitation has expired; ask for a new one");
  }
}

/** A link says no more than "invalid" about a used or revoked token. */
async function openInvitation(deps: AppDeps, db: AppDeps["db"] | DbTx, token: string) {
  const invitation = await findInvitationByTokenHash(db, sha256Hex(token));
  if (!invitation) throw new AppError("NOT_FOUND", INVALID);
  assertOpen(deps, invitation, { accepted: INVALID, revoked: INVALID });
  return invitation;
}

/** What the invitation page shows before the invitee signs up or accepts. */
export async function previewInvitation(deps: AppDeps, token: string) {
  const invitation = await openInvitation(deps, deps.db, token);
  return {
    tenantName: invitation.tenant.name,
    email: invitation.email,
    role: invitation.role,
    inviterName: invitation.invitedBy?.displayName ?? null,
    expiresAt: invitation.expiresAt,
    accountExists: (await findUserByEmail(deps.db, invitation.email)) !== null,
  };
}

interface Invitee {
  userId: string;
  email: string;
}

/**
 * The one "accept this invitation row" step, for the emailed link and the in-app accept: the
 * tenant row is locked (seat check), the invitation spent conditionally (one of racing accepts
 * wins), the membership inserted and the accept audited. Only the link proves the mailbox, so
 * only it marks the address verified.
 */
async function joinThroughInvitation(
  deps: AppDeps,
  tx: DbTx,
  invitation: InvitationRow,
  invitee: Invitee,
  origin: RequestOrigin,
  via: "link" | "in_app",
): Promise<void> {
  const now = deps.clock.now();
  const tenant = await lockTenant(tx, invitation.tenantId);
  if (!tenant) throw new AppError("NOT_FOUND", INVALID);
  if (await findMemberRole(tx, invitation.tenantId, invitee.userId)) {
    throw new AppError("CONFLICT", "You are already a member of this tenant");
  }
  if (!(await consumeInvitation(tx, invitation.id, invitee.userId, now)))
    throw new AppError("NOT_FOUND", "This invitation has already been used or is no longer open");
  await assertSeatAvailable(tx, tenant, now, { includeOpenInvitations: false });
  await insertMembership(tx, invitee.userId, invitation.tenantId, invitation.role);
  if (via === "link") await markEmailVerified(tx, invitee.userId, now);
  await writeAudit(tx, {
    action: "tenancy.invitation_accepted",
    userId: invitee.userId,
    tenantId: invitation.tenantId,
    metadata: { invitationId: invitation.id, role: invitation.role, via },
    request: origin,
  });
  const joined = { tenantId: invitation.tenantId, role: invitation.role, userId: invitee.userId };
  await raiseEvent(tx, {
    ...joined,
    type: "invitation.accepted",
    data: { invitationId: invitation.id, ...joined },
  });
  await raiseEvent(tx, {
    tenantId: joined.tenantId,
    type: "member.added",
    data: { ...joined, via: "invitation" },
  });
}

/**
 * Joins the invitation's tenant inside the caller's transaction (signup uses it too, so a bad
 * token leaves no account behind). The invitation is bound to its address, and opening it proves
 * that mailbox, so the address counts as verified.
 */
export async function acceptInvitationInTx(
  deps: AppDeps,
  tx: DbTx,
  invitee: Invitee,
  token: string,
  origin: RequestOrigin,
): Promise<void> {
  const invitation = await openInvitation(deps, tx, token);
  if (invitation.email !== invitee.email) {
    throw new AppError(
      "FORBIDDEN",
      `This invitation was sent to another address; sign in as ${invitation.email}`,
    );
  }
  await joinThroughInvitation(deps, tx, invitation, invitee, origin, "link");
}

/** Runs an accept for a signed-in user and returns their memberships afterwards. */
async function acceptAs(
  deps: AppDeps,
  userId: string,
  accept: (tx: DbTx, invitee: Invitee) => Promise<void>,
): Promise<MembershipSummary[]> {
  const user = await findUserById(deps.db, userId);
  if (!user) throw new AppError("UNAUTHENTICATED", "Authentication required");
  await deps.db.$transaction((tx) => accept(tx, { userId, email: user.email }));
  return listMembershipsOfUser(deps.db, userId);
}

export function acceptInvitation(deps: AppDeps, userId: string, token: string, origin: RequestOrigin) {
  return acceptAs(deps, userId, (tx, invitee) => acceptInvitationInTx(deps, tx, invitee, token, origin));
}

/**
 * The in-app accept (from the invitation message). The id is no secret, so someone else's
 * invitation answers 403 without naming its address, and only its addressee learns its state.
 */
export function acceptInvitationById(
  deps: AppDeps,
  userId: string,
  invitationId: string,
  origin: RequestOrigin,
) {
  return acceptAs(deps, userId, async (tx, invitee) => {
    const invitation = await findInvitationById(tx, invitationId);
    if (!invitation) throw new AppError("NOT_FOUND", "No invitation with that id");
    if (invitation.email !== invitee.email) {
      throw new AppError("FORBIDDEN", "This invitation was sent to another address");
    }
    assertOpen(deps, invitation, {
      accepted: "This invitation has already been accepted",
      revoked: "This invitation was withdrawn or replaced by a newer one",
    });
    await joinThroughInvitation(deps, tx, invitation, invitee, origin, "in_app");
  });
}
