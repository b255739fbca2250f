import type { DbTx, MembershipRole } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { randomToken, sha256Hex } from "../../../lib/crypto.js";
import { AppError } from "../../../lib/errors.js";
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
import {
  consumeInvitation,
  findInvitationByTokenHash,
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
import type { TenantAccess } from "./tenant-access.service.js";

const INVITATION_TTL_MS = 7 * 86_400_000;
const INVALID = "This invitation link is invalid or has already been used";

export interface InvitationActor {
  access: TenantAccess;
  actorId: string;
  origin: RequestOrigin;
}

/**
 * The routes admit owners and admins only (roleProcedure("admin")); within that, owners invite
 * (and revoke invitations for) admins or users, admins only users.
 */
function invitableRoles(role: MembershipRole): MembershipRole[] {
  return role === "owner" ? ["admin", "user"] : ["user"];
}

export async function inviteMember(
  deps: AppDeps,
  actor: InvitationActor,
  input: { email: string; role: "admin" | "user" },
): Promise<void> {
  if (!invitableRoles(actor.access.role).includes(input.role)) {
    throw new AppError("FORBIDDEN", "Only the owner can invite admins");
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
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    const invitationId = await insertInvitation(tx, {
      tenantId,
      email,
      role: input.role,
      tokenHash: sha256Hex(token),
      invitedById: actor.actorId,
      expiresAt,
    });
    const inviter = await findUserById(tx, actor.actorId);
    const content = {
      appName: deps.env.APP_NAME,
      tenantName: tenant.name,
      inviterName: inviter?.displayName ?? "A teammate",
      role: input.role,
      link: deps.links.to("/invite", { token }),
      expiresAt,
      existingAccount: invitee !== null,
    };
    if (invitee) await insertMessage(tx, { userId: invitee.id, ...invitationMessage(content) });
    await writeAudit(tx, {
      action: "tenancy.invitation_sent",
      userId: actor.actorId,
      tenantId,
      message: `Invited ${email} as ${input.role}`,
      metadata: { invitationId, email, role: input.role, existingAccount: invitee !== null },
      request: actor.origin,
    });
    return queueEmail(deps, tx, { to: email, kind: "invitation", ...invitationEmail(content) });
  });
  await dispatchEmails(deps, [emailId]);
}

export function listInvitations(deps: AppDeps, access: TenantAccess) {
  return listOpenInvitations(deps.db, access.tenantId, deps.clock.now());
}

export async function revokeInvitationById(deps: AppDeps, actor: InvitationActor, invitationId: string) {
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

async function openInvitation(deps: AppDeps, db: AppDeps["db"] | DbTx, token: string) {
  const invitation = await findInvitationByTokenHash(db, sha256Hex(token));
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || !invitation.tenant.isActive) {
    throw new AppError("NOT_FOUND", INVALID);
  }
  if (invitation.expiresAt <= deps.clock.now()) {
    throw new AppError("NOT_FOUND", "This invitation has expired; ask for a new one");
  }
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

/**
 * Joins the invitation's tenant inside the caller's transaction (signup uses it too, so a bad
 * token leaves no account behind). The invitation is bound to its address, and opening it proves
 * that mailbox, so the address counts as verified.
 */
export async function acceptInvitationInTx(
  deps: AppDeps,
  tx: DbTx,
  invitee: { userId: string; email: string },
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
  const now = deps.clock.now();
  const tenant = await lockTenant(tx, invitation.tenantId);
  if (!tenant) throw new AppError("NOT_FOUND", INVALID);
  if (await findMemberRole(tx, invitation.tenantId, invitee.userId)) {
    throw new AppError("CONFLICT", "You are already a member of this tenant");
  }
  if (!(await consumeInvitation(tx, invitation.id, invitee.userId, now)))
    throw new AppError("NOT_FOUND", INVALID);
  await assertSeatAvailable(tx, tenant, now, { includeOpenInvitations: false });
  await insertMembership(tx, invitee.userId, invitation.tenantId, invitation.role);
  await markEmailVerified(tx, invitee.userId, now);
  await writeAudit(tx, {
    action: "tenancy.invitation_accepted",
    userId: invitee.userId,
    tenantId: invitation.tenantId,
    metadata: { invitationId: invitation.id, role: invitation.role },
    request: origin,
  });
}

export async function acceptInvitation(
  deps: AppDeps,
  userId: string,
  token: string,
  origin: RequestOrigin,
): Promise<MembershipSummary[]> {
  const user = await findUserById(deps.db, userId);
  if (!user) throw new AppError("UNAUTHENTICATED", "Authentication required");
  await deps.db.$transaction((tx) =>
    acceptInvitationInTx(deps, tx, { userId, email: user.email }, token, origin),
  );
  return listMembershipsOfUser(deps.db, userId);
}
