import type { DbClient, DbTx } from "@baseplate/db";

type Db = DbClient | DbTx;

export async function findStripeLink(db: Db, key: string): Promise<string | null> {
  const link = await db.stripeLink.findUnique({ where: { key }, select: { stripeId: true } });
  return link?.stripeId ?? null;
}

/** The first link stored under a key wins (ON CONFLICT DO NOTHING); returns the stored one. */
export async function saveStripeLink(db: Db, key: string, stripeId: string): Promise<string> {
  await db.stripeLink.createMany({ data: [{ key, stripeId }], skipDuplicates: true });
  const stored = await findStripeLink(db, key);
  if (!stored) throw new Error(`StripeLink ${key} vanished right after its insert`);
  return stored;
}

/** The key a Stripe object was stored under, among keys starting with `prefix`. */
export async function findStripeLinkKey(db: Db, stripeId: string, prefix: string): Promise<string | null> {
  const link = await db.stripeLink.findFirst({
    where: { stripeId, key: { startsWith: prefix } },
    select: { key: true },
    orderBy: { createdAt: "asc" },
  });
  return link?.key ?? null;
}
