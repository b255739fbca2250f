import type { DbTx } from "@baseplate/db";

/**
 * Which of our plans a Stripe price belongs to, from the link recorded when we created it
 * (`price:plan:<planId>:…`). Prices are never reused across plans, so this survives renames and
 * plan switches in the portal.
 */
export async function planIdOfPrice(tx: DbTx, priceId: string | null): Promise<string | null> {
  if (!priceId) return null;
  const link = await tx.stripeLink.findFirst({
    where: { stripeId: priceId, key: { startsWith: "price:plan:" } },
  });
  return link?.key.split(":")[2] ?? null;
}
