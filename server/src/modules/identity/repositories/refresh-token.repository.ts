import type { DbClient, DbTx } from "@baseplate/db";

export async function deleteRefreshTokensExpiredBefore(db: DbClient | DbTx, cutoff: Date): Promise<number> {
  const { count } = await db.refreshToken.deleteMany({ where: { expiresAt: { lt: cutoff } } });
  return count;
}

/**
 * Deletes spent (rotated or revoked) tokens spent before `cutoff`, except the newest spent token
 * of each session: that one is what a racing client or a thief most likely presents again, and
 * its row is what turns the replay into a session revocation (see refreshSession).
 */
export function deleteSpentRefreshTokensBefore(db: DbClient | DbTx, cutoff: Date): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "RefreshToken" t
    WHERE t."revokedAt" IS NOT NULL AND t."revokedAt" < ${cutoff}
      AND EXISTS (
        SELECT 1 FROM "RefreshToken" newer
        WHERE newer."sessionId" = t."sessionId" AND newer."revokedAt" IS NOT NULL
          AND (newer."createdAt", newer."id") > (t."createdAt", t."id")
      )`;
}

export function insertRefreshToken(
  db: DbTx,
  data: { userId: string; sessionId: string; tokenHash: string; expiresAt: Date },
) {
  return db.refreshToken.create({ data, select: { id: true } });
}

export function findRefreshToken(db: DbClient | DbTx, tokenHash: string) {
  return db.refreshToken.findUnique({
    where: { tokenHash },
    select: { id: true, userId: true, sessionId: true, expiresAt: true, revokedAt: true },
  });
}

/**
 * Marks a live token used, in one conditional statement: of two concurrent refreshes with the
 * same token exactly one gets `true`; the other sees a spent token (a replay).
 */
export async function spendRefreshToken(db: DbTx, id: string, at: Date): Promise<boolean> {
  const { count } = await db.refreshToken.updateMany({
    where: { id, revokedAt: null, expiresAt: { gt: at } },
    data: { revokedAt: at },
  });
  return count === 1;
}

export async function linkReplacement(db: DbTx, id: string, replacedById: string): Promise<void> {
  await db.refreshToken.update({ where: { id }, data: { replacedById }, select: { id: true } });
}
