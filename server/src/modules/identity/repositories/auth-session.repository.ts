import type { DbClient, DbTx } from "@baseplate/db";

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

/** Revokes the session (and so every access and refresh token of it); idempotent. */
export async function revokeSession(db: DbClient | DbTx, sessionId: string, reason: string, at: Date) {
  await db.authSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: at, revokedReason: reason },
  });
  await db.refreshToken.updateMany({ where: { sessionId, revokedAt: null }, data: { revokedAt: at } });
}

/** Revokes every session of the user except `keepSessionId` (null: all of them). */
export async function revokeUserSessions(
  db: DbClient | DbTx,
  userId: string,
  keepSessionId: string | null,
  reason: string,
  at: Date,
): Promise<void> {
  const others = { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) };
  await db.authSession.updateMany({ where: others, data: { revokedAt: at, revokedReason: reason } });
  await db.refreshToken.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { sessionId: { not: keepSessionId } } : {}) },
    data: { revokedAt: at },
  });
}
