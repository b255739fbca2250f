import type { BillingCustomer, DbClient, DbTx, Subscription } from "@baseplate/db";
import { PLATFORM_APP_ID } from "../platform-app.js";

type Db = DbClient | DbTx;

/** Stripe statuses in which the customer keeps the plan (past_due: within the grace period). */
export const LIVE_SUBSCRIPTION_STATUSES = ["trialing", "active", "past_due"] as const;

/** The tenant's customer record of the platform app, created on first need (safe in parallel). */
export async function ensurePlatformCustomer(db: Db, tenantId: string): Promise<BillingCustomer> {
  // INSERT … ON CONFLICT: two parallel first uses both succeed (Prisma's upsert can fail one with P2002).
  await db.$executeRaw`
    INSERT INTO "BillingCustomer" ("id", "appId", "tenantId", "updatedAt")
    VALUES (gen_random_uuid(), ${PLATFORM_APP_ID}::uuid, ${tenantId}::uuid, now())
    ON CONFLICT ("appId", "tenantId") DO NOTHING`;
  return db.billingCustomer.findUniqueOrThrow({
    where: { appId_tenantId: { appId: PLATFORM_APP_ID, tenantId } },
  });
}

export function findPlatformCustomer(db: Db, tenantId: string): Promise<BillingCustomer | null> {
  return db.billingCustomer.findUnique({ where: { appId_tenantId: { appId: PLATFORM_APP_ID, tenantId } } });
}

/** The subscription that currently gives the customer its plan, if any (newest first). */
export function findLiveSubscription(db: Db, customerId: string): Promise<Subscription | null> {
  return db.subscription.findFirst({
    where: { customerId, status: { in: [...LIVE_SUBSCRIPTION_STATUSES] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

/** Row lock on the customer: billing writes for one customer run one at a time. */
export async function lockCustomer(tx: DbTx, customerId: string): Promise<BillingCustomer> {
  await tx.$queryRaw`SELECT 1 FROM "BillingCustomer" WHERE "id" = ${customerId}::uuid FOR UPDATE`;
  return tx.billingCustomer.findUniqueOrThrow({ where: { id: customerId } });
}
