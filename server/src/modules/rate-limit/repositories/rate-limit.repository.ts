import type { DbClient } from "@baseplate/db";

/** Deletes windows that ended before `cutoff` (rate-limiter-flexible stores `expire` in epoch ms). */
export async function deleteRateLimitsExpiredBefore(db: DbClient, cutoff: Date): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { expire: { lt: BigInt(cutoff.getTime()) } } });
  return count;
}
