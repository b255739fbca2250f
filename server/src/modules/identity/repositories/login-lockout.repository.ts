import type { DbClient, DbTx } from "@baseplate/db";

export interface LockoutState {
  failedCount: number;
  lockedUntil: Date | null;
}

export type AttemptReservation =
  | { granted: true; state: LockoutState }
  | { granted: false; lockedUntil: Date };

/**
 * Reserves one sign-in attempt for `email` BEFORE its password is verified, in one statement, so
 * parallel requests and tRPC batches can never verify more than `threshold` passwords per lock
 * window: each reservation counts as a failure until a success clears it. The reservation that
 * reaches `threshold` sets `lockedUntil`; while a lock stands nothing is reserved (the conditional
 * DO UPDATE returns no row). An expired lock starts a fresh count.
 */
export async function reserveLoginAttempt(
  db: DbClient,
  email: string,
  at: Date,
  threshold: number,
  lockUntil: Date,
): Promise<AttemptReservation> {
  const rows = await db.$queryRaw<LockoutState[]>`
    INSERT INTO "LoginLockout" ("email", "failedCount", "lockedUntil", "updatedAt")
    VALUES (${email}, 1, CASE WHEN 1 >= ${threshold}::int THEN ${lockUntil}::timestamptz END, ${at}::timestamptz)
    ON CONFLICT ("email") DO UPDATE SET
      "failedCount" = CASE WHEN "LoginLockout"."lockedUntil" IS NOT NULL THEN 1
                           ELSE "LoginLockout"."failedCount" + 1 END,
      "lockedUntil" = CASE
        WHEN "LoginLockout"."lockedUntil" IS NOT NULL THEN EXCLUDED."lockedUntil"
        WHEN "LoginLockout"."failedCount" + 1 >= ${threshold}::int THEN ${lockUntil}::timestamptz
      END,
      "updatedAt" = EXCLUDED."updatedAt"
    WHERE "LoginLockout"."lockedUntil" IS NULL OR "LoginLockout"."lockedUntil" <= EXCLUDED."updatedAt"
    RETURNING "failedCount", "lockedUntil"`;
  const [state] = rows;
  if (state) return { granted: true, state };
  const lock = await db.loginLockout.findUnique({ where: { email }, select: { lockedUntil: true } });
  // The lock was cleared between the two statements (a success elsewhere): refuse this one anyway.
  return { granted: false, lockedUntil: lock?.lockedUntil ?? lockUntil };
}

export async function clearLoginFailures(db: DbClient | DbTx, email: string): Promise<void> {
  await db.loginLockout.deleteMany({ where: { email } });
}
