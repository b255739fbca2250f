import type { DbClient, DbTx } from "@baseplate/db";

export interface LockoutState {
  failedCount: number;
  lockedUntil: Date | null;
}

export async function findLockout(db: DbClient, email: string): Promise<LockoutState | null> {
  return db.loginLockout.findUnique({ where: { email }, select: { failedCount: true, lockedUntil: true } });
}

/**
 * Counts one failure atomically (an upsert, so parallel attempts on any node all count); the
 * `threshold`-th consecutive failure sets `lockedUntil`. An expired lock starts a fresh count.
 */
export async function recordLoginFailure(
  db: DbClient,
  email: string,
  at: Date,
  threshold: number,
  lockUntil: Date,
): Promise<LockoutState> {
  const rows = await db.$queryRaw<LockoutState[]>`
    WITH input AS (SELECT ${at}::timestamptz AS at, ${lockUntil}::timestamptz AS lock_until, ${threshold}::int AS threshold)
    INSERT INTO "LoginLockout" ("email", "failedCount", "lockedUntil", "updatedAt")
    SELECT ${email}, 1, CASE WHEN 1 >= input.threshold THEN input.lock_until END, input.at FROM input
    ON CONFLICT ("email") DO UPDATE SET
      "failedCount" = CASE WHEN "LoginLockout"."lockedUntil" <= EXCLUDED."updatedAt" THEN 1
                           ELSE "LoginLockout"."failedCount" + 1 END,
      "lockedUntil" = CASE
        WHEN "LoginLockout"."lockedUntil" <= EXCLUDED."updatedAt" THEN EXCLUDED."lockedUntil"
        WHEN "LoginLockout"."lockedUntil" IS NOT NULL THEN "LoginLockout"."lockedUntil"
        WHEN "LoginLockout"."failedCount" + 1 >= ${threshold}::int THEN ${lockUntil}::timestamptz
      END,
      "updatedAt" = EXCLUDED."updatedAt"
    RETURNING "failedCount", "lockedUntil"`;
  const [state] = rows;
  if (!state) throw new Error("login lockout upsert returned no row");
  return state;
}

export async function clearLoginFailures(db: DbClient | DbTx, email: string): Promise<void> {
  await db.loginLockout.deleteMany({ where: { email } });
}
