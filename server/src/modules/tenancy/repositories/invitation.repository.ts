import type { DbClient, DbTx, MembershipRole } from "@baseplate/db";
import { type Keyset, newestFirst, newestFirstAfter } from "../../../lib/pagination.js";

export interface NewInvitation {
  tenantId: string;
  email: string;
  role: MembershipRole;
  tokenHash: string;
  invitedById: string;
  expiresAt: Date;
}

export async function insertInvitation(db: DbTx, invitation: NewInvitation): Promise<string> {
  const { id } = await db.invitation.create({ data: invitation, select: { id: true } });
  return id;
}

const pending = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } });

/** A new invitation to the same address replaces the open one (its link stops working). */
export async function revokeOpenInvitationsFor(db: DbTx, tenantId: string, email: string, now: Date) {
  await db.invitation.updateMany({ where: { tenantId, email, ...pending(now) }, data: { revokedAt: now } });
}

export function countOpenInvitations(db: DbTx, tenantId: string, now: Date, exceptEmail?: string) {
  return db.invitation.count({
    where: { tenantId, ...pending(now), ...(exceptEmail ? { email: { not: exceptEmail } } : {}) },
  });
}

/** Open invitations of one tenant, newest first, after `after`. */
export async function listOpenInvitations(
  db: DbClient | DbTx,
  tenantId: string,
  now: Date,
  after: Keyset | null,
  take: number,
) {
  const rows = await db.invitation.findMany({
    where: { tenantId, ...pending(now), ...newestFirstAfter(after) },
    orderBy: newestFirst,
    take,
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      createdAt: true,
      invitedBy: { select: { id: true, displayName: true } },
    },
  });
  return rows.map(({ invitedBy, ...row }) => ({
    ...row,
    invitedBy: invitedBy ? { userId: invitedBy.id, displayName: invitedBy.displayName } : null,
  }));
}

/** Revokes an open invitation of this tenant whose role is one of `roles`; false if none matched. */
export async function revokeInvitation(
  db: DbTx,
  tenantId: string,
  invitationId: string,
  roles: MembershipRole[],
  now: Date,
): Promise<boolean> {
  const { count } = await db.invitation.updateMany({
    where: { id: invitationId, tenantId, role: { in: roles }, ...pending(now) },
    data: { revokedAt: now },
  });
  return count === 1;
}

const invitationSelect = {
  id: true,
  tenantId: true,
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  tenant: { select: { name: true, isActive: true } },
  invitedBy: { select: { displayName: true } },
} as const;

export type InvitationRow = NonNullable<Awaited<ReturnType<typeof findInvitationById>>>;

export function findInvitationByTokenHash(db: DbClient | DbTx, tokenHash: string) {
  return db.invitation.findUnique({ where: { tokenHash }, select: invitationSelect });
}

/** By id, for the in-app accept; the caller checks the invitation is addressed to them. */
export function findInvitationById(db: DbClient | DbTx, id: string) {
  return db.invitation.findUnique({ where: { id }, select: invitationSelect });
}

/** Spends an open invitation; only one of several racing accepts gets `true`. */
export async function consumeInvitation(db: DbTx, invitationId: string, userId: string, now: Date) {
  const { count } = await db.invitation.updateMany({
    where: { id: invitationId, ...pending(now) },
    data: { acceptedAt: now, acceptedById: userId },
  });
  return count === 1;
}
