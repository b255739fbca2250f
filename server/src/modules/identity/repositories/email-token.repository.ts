import type { DbClient, DbTx, EmailTokenPurpose } from "@baseplate/db";

export function insertEmailToken(
  db: DbTx,
  data: { userId: string; purpose: EmailTokenPurpose; tokenHash: string; expiresAt: Date },
) {
  return db.emailToken.create({ data, select: { id: true } });
}

/** Ends every unused, unexpired token of this purpose for the user (expires them now). */
export async function expireOpenEmailTokens(
  db: DbTx,
  userId: string,
  purpose: EmailTokenPurpose,
  at: Date,
): Promise<void> {
  await db.emailToken.updateMany({
    where: { userId, purpose, usedAt: null, expiresAt: { gt: at } },
    data: { expiresAt: at },
  });
}

/** A token that could still be used right now (a cheap check before expensive work). */
export function findUsableEmailToken(
  db: DbClient | DbTx,
  tokenHash: string,
  purpose: EmailTokenPurpose,
  at: Date,
) {
  return db.emailToken.findFirst({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: at } },
    select: { id: true, userId: true, expiresAt: true },
  });
}

/**
 * Uses a token in one conditional statement (unused and unexpired → used): of two concurrent
 * uses exactly one gets the user id back, the other null.
 */
export async function consumeEmailToken(
  db: DbTx,
  tokenHash: string,
  purpose: EmailTokenPurpose,
  at: Date,
): Promise<{ userId: string } | null> {
  const [used] = await db.emailToken.updateManyAndReturn({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: at } },
    data: { usedAt: at },
    select: { userId: true },
  });
  return used ?? null;
}
