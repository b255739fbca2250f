import type { CreditResetPolicy, DbClient, DbTx, Prisma } from "@baseplate/db";
import { LIVE_SUBSCRIPTION_STATUSES } from "../../customers/billing-customer.repository.js";
import { PLATFORM_APP_ID } from "../../platform-app.js";

type Db = DbClient | DbTx;

export const planSelect = {
  id: true,
  name: true,
  description: true,
  monthlyPriceCents: true,
  annualDiscountPct: true,
  currency: true,
  usageCreditsPerMonth: true,
  creditResetPolicy: true,
  bonusCredits: true,
  userLimit: true,
  entitlements: true,
  isSystem: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.PlanSelect;

export type PlanRow = Prisma.PlanGetPayload<{ select: typeof planSelect }>;
export type PlanRowWithSubscribers = PlanRow & { subscriberCount: number };

/** What an admin may set on a plan; undefined leaves the column as it is (or at its default). */
// A type alias (not an interface): audit metadata records it as JSON.
export type PlanWrite = {
  name?: string;
  description?: string;
  monthlyPriceCents?: number;
  annualDiscountPct?: number;
  usageCreditsPerMonth?: number;
  creditResetPolicy?: CreditResetPolicy;
  bonusCredits?: number;
  userLimit?: number;
  entitlements?: Prisma.InputJsonObject;
};

const CATALOG_ORDER = [{ monthlyPriceCents: "asc" }, { name: "asc" }, { id: "asc" }] as const;

/** The platform app's plans, cheapest first, then by name. */
export function listPlatformPlans(db: Db): Promise<PlanRow[]> {
  return db.plan.findMany({
    where: { appId: PLATFORM_APP_ID },
    select: planSelect,
    orderBy: [...CATALOG_ORDER],
  });
}

/** Oldest first: the order "first description wins" refers to. */
export function listPlatformPlansByAge(db: Db): Promise<PlanRow[]> {
  return db.plan.findMany({
    where: { appId: PLATFORM_APP_ID },
    select: planSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

const withSubscribers = { ...planSelect, _count: { select: { tenants: true } } } as const;

function toRowWithSubscribers({
  _count,
  ...row
}: Prisma.PlanGetPayload<{ select: typeof withSubscribers }>): PlanRowWithSubscribers {
  return { ...row, subscriberCount: _count.tenants };
}

export async function listPlatformPlansWithSubscribers(db: Db): Promise<PlanRowWithSubscribers[]> {
  const rows = await db.plan.findMany({
    where: { appId: PLATFORM_APP_ID },
    select: withSubscribers,
    orderBy: [...CATALOG_ORDER],
  });
  return rows.map(toRowWithSubscribers);
}

export async function findPlatformPlanWithSubscribers(
  db: Db,
  planId: string,
): Promise<PlanRowWithSubscribers | null> {
  const row = await db.plan.findFirst({
    where: { id: planId, appId: PLATFORM_APP_ID },
    select: withSubscribers,
  });
  return row ? toRowWithSubscribers(row) : null;
}

/**
 * Locks the plan row for the rest of the transaction. Moving a tenant or a subscription onto the
 * plan takes a key-share lock on it (the foreign key check), so counts taken after this are final.
 */
export async function lockPlatformPlan(tx: DbTx, planId: string): Promise<PlanRow | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Plan" WHERE "id" = ${planId}::uuid AND "appId" = ${PLATFORM_APP_ID}::uuid FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.plan.findUnique({ where: { id: planId }, select: planSelect });
}

export function insertPlatformPlan(tx: DbTx, data: PlanWrite & { name: string }): Promise<PlanRow> {
  return tx.plan.create({ data: { ...data, appId: PLATFORM_APP_ID }, select: planSelect });
}

export function updatePlan(tx: DbTx, planId: string, data: PlanWrite): Promise<PlanRow> {
  return tx.plan.update({ where: { id: planId }, data, select: planSelect });
}

export async function deletePlan(tx: DbTx, planId: string): Promise<void> {
  await tx.plan.delete({ where: { id: planId } });
}

export function countTenantsOnPlan(db: Db, planId: string): Promise<number> {
  return db.tenant.count({ where: { planId } });
}

export function countLiveSubscriptionsOnPlan(db: Db, planId: string): Promise<number> {
  return db.subscription.count({ where: { planId, status: { in: [...LIVE_SUBSCRIPTION_STATUSES] } } });
}
