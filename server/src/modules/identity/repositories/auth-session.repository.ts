import type { DbClient, DbTx, Prisma } from "@baseplate/db";
import { type Keyset, newestFirst, newestFirstAfter } from "../../../lib/pagination.js";

export interface SessionOrigin {
  method: "password" | "google" | "refresh";
  ip: string | null;
  userAgent: string | null;
}

export function insertSession(db: DbTx, userId: string, origin: SessionOrigin) {
  return db.authSession.create({
    data: { userId, method: origin.method, ipAddress: origin.ip, userAgent: origin.userAgent },
    select: { id: true },
  });
}

/** What every authenticated call checks: the session still stands and its user is active. */
export function findSessionForAuth(db: DbClient | DbTx, sessionId: string) {
  return db.authSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, revokedAt: true, user: { select: { isActive: true } } },
  });
}

/** Revokes the matching live sessions and every refresh token of them; returns how many it ended. */
async function revokeSessionsWhere(
  db: DbClient | DbTx,
  where: Prisma.AuthSessionWhereInput,
  reason: string,
  at: Date,
): Promise<number> {
  await db.refreshToken.updateMany({ where: { revokedAt: null, session: where }, data: { revokedAt: at } });
  const { count } = await db.authSession.updateMany({
    where: { ...where, revokedAt: null },
    data: { revokedAt: at, revokedReason: reason },
  });
  return count;
}

/** Ends one session: its access tokens fail on the next call, its refresh tokens are spent. */
export function revokeSession(db: DbClient | DbTx, sessionId: string, reason: string, at: Date) {
  return revokeSessionsWhere(db, { id: sessionId }, reason, at);
}

/** Ends one live session of `userId`; false when it is not theirs, missing or already ended. */
export async function revokeOwnSession(
  db: DbTx,
  userId: string,
  sessionId: string,
  reason: string,
  at: Date,
) {
  return (await revokeSessionsWhere(db, { id: sessionId, userId }, reason, at)) === 1;
}

/** Ends every session of the user except `keepSessionId` (null: all of them). */
export function revokeUserSessions(
  db: DbClient | DbTx,
  userId: string,
  keepSessionId: string | null,
  reason: string,
  at: Date,
) {
  return revokeSessionsWhere(
    db,
    { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    reason,
    at,
  );
}

/** Sessions still able to refresh: not revoked, with a live refresh token. */
function liveSessions(userId: string, now: Date) {
  return {
    userId,
    revokedAt: null,
    refreshTokens: { some: { revokedAt: null, expiresAt: { gt: now } } },
  } satisfies Prisma.AuthSessionWhereInput;
}

/**
 * Live sessions of the user, newest first, after `after`: only `sessionId` when `only` is
 * "this", every other one when "others". lastActiveAt = when its newest refresh token was issued.
 */
export async function listLiveSessions(
  db: DbClient | DbTx,
  query: { userId: string; sessionId: string; only: "this" | "others"; now: Date },
  after: Keyset | null,
  take: number,
) {
  const id = query.only === "this" ? query.sessionId : { not: query.sessionId };
  const rows = await db.authSession.findMany({
    where: { AND: [liveSessions(query.userId, query.now), { id }, newestFirstAfter(after)] },
    orderBy: newestFirst,
    take,
    select: {
      id: true,
      method: true,
      userAgent: true,
      ipAddress: true,
      createdAt: true,
      refreshTokens: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
    },
  });
  return rows.map(({ refreshTokens, ...session }) => ({
    ...session,
    lastActiveAt: refreshTokens[0]?.createdAt ?? session.createdAt,
  }));
}

export function countOtherLiveSessions(db: DbClient | DbTx, userId: string, sessionId: string, now: Date) {
  return db.authSession.count({ where: { ...liveSessions(userId, now), id: { not: sessionId } } });
}
