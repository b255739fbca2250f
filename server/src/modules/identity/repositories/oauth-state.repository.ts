import type { DbClient, DbTx } from "@baseplate/db";

/** The server-side half of an authorization request; `stateHash` is the SHA-256 of the state. */
export async function insertOAuthState(
  db: DbClient | DbTx,
  data: { stateHash: string; codeVerifier: string; nonce: string; expiresAt: Date },
): Promise<void> {
  await db.oAuthState.create({ data, select: { id: true } });
}

/**
 * Takes a live state out in one statement (DELETE ... RETURNING): of two callbacks presenting
 * the same state, exactly one gets the verifier and nonce; an expired state is never returned.
 */
export async function consumeOAuthState(
  db: DbClient | DbTx,
  stateHash: string,
  at: Date,
): Promise<{ codeVerifier: string; nonce: string } | null> {
  const rows = await db.$queryRaw<{ codeVerifier: string; nonce: string }[]>`
    DELETE FROM "OAuthState"
    WHERE "stateHash" = ${stateHash} AND "expiresAt" > ${at}::timestamptz
    RETURNING "codeVerifier", "nonce"`;
  return rows[0] ?? null;
}

export async function deleteOAuthStatesExpiredBefore(db: DbClient | DbTx, cutoff: Date): Promise<number> {
  const { count } = await db.oAuthState.deleteMany({ where: { expiresAt: { lte: cutoff } } });
  return count;
}
