import type { DbClient, DbTx } from "@baseplate/db";

export async function deleteRefreshTokensExpiredBefore(db: DbClient | DbTx, cutoff: Date): Promise<number> {
  const { count } = await db.refreshToken.deleteMany({ where: { expiresAt: { lt: cutoff } } });
  return count;
}
