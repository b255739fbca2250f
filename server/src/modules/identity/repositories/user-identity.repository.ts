import type { DbClient, DbTx } from "@baseplate/db";

/** The account an external identity (provider + its stable subject id) is linked to. */
export async function findUserIdByIdentity(
  db: DbClient | DbTx,
  provider: string,
  subject: string,
): Promise<string | null> {
  const row = await db.userIdentity.findUnique({
    where: { provider_subject: { provider, subject } },
    select: { userId: true },
  });
  return row?.userId ?? null;
}

/** A second link of the same provider + subject fails with P2002 (unique constraint). */
export async function insertUserIdentity(
  db: DbTx,
  data: { userId: string; provider: string; subject: string; email: string },
): Promise<void> {
  await db.userIdentity.create({ data, select: { id: true } });
}
