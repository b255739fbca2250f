import type { DbClient, DbTx, Prisma } from "@baseplate/db";
import { PLATFORM_APP_ID } from "../../platform-app.js";

type Db = DbClient | DbTx;

export const bundleSelect = {
  id: true,
  name: true,
  credits: true,
  priceCents: true,
  currency: true,
  isActive: true,
  sortOrder: true,
  createdAt: true,
} as const satisfies Prisma.CreditBundleSelect;

export type BundleRow = Prisma.CreditBundleGetPayload<{ select: typeof bundleSelect }>;

// A type alias (not an interface): audit metadata records it as JSON.
export type BundleWrite = {
  name?: string;
  credits?: number;
  priceCents?: number;
  isActive?: boolean;
  sortOrder?: number;
};

const SHELF_ORDER = [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }] as const;

/** The platform app's bundles by sortOrder, then name; `activeOnly` is what tenants may buy. */
export function listPlatformBundles(db: Db, { activeOnly }: { activeOnly: boolean }): Promise<BundleRow[]> {
  return db.creditBundle.findMany({
    where: { appId: PLATFORM_APP_ID, ...(activeOnly ? { isActive: true } : {}) },
    select: bundleSelect,
    orderBy: [...SHELF_ORDER],
  });
}

export function findPlatformBundle(db: Db, bundleId: string): Promise<BundleRow | null> {
  return db.creditBundle.findFirst({ where: { id: bundleId, appId: PLATFORM_APP_ID }, select: bundleSelect });
}

export async function lockPlatformBundle(tx: DbTx, bundleId: string): Promise<BundleRow | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "CreditBundle"
    WHERE "id" = ${bundleId}::uuid AND "appId" = ${PLATFORM_APP_ID}::uuid FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.creditBundle.findUnique({ where: { id: bundleId }, select: bundleSelect });
}

export function insertPlatformBundle(
  tx: DbTx,
  data: BundleWrite & { name: string; credits: number; priceCents: number },
): Promise<BundleRow> {
  return tx.creditBundle.create({ data: { ...data, appId: PLATFORM_APP_ID }, select: bundleSelect });
}

export function updateBundle(tx: DbTx, bundleId: string, data: BundleWrite): Promise<BundleRow> {
  return tx.creditBundle.update({ where: { id: bundleId }, data, select: bundleSelect });
}

export async function deleteBundle(tx: DbTx, bundleId: string): Promise<void> {
  await tx.creditBundle.delete({ where: { id: bundleId } });
}
