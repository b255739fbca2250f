import { randomBytes, randomUUID } from "node:crypto";
import type { DbClient, DbTx } from "@baseplate/db";

const ROOT_SLUG = "root";

/**
 * Inserts a tenant under `baseSlug`, or `baseSlug-xxxx` when taken. ON CONFLICT DO NOTHING keeps
 * the surrounding transaction alive on a collision (a failed INSERT would abort it).
 */
export async function insertTenantWithUniqueSlug(db: DbTx, name: string, baseSlug: string): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const slug = attempt === 0 ? baseSlug : `${baseSlug}-${randomBytes(3).toString("hex")}`;
    const id = randomUUID();
    const inserted = await db.$executeRaw`
      INSERT INTO "Tenant" ("id", "name", "slug", "updatedAt") VALUES (${id}::uuid, ${name}, ${slug}, now())
      ON CONFLICT ("slug") DO NOTHING`;
    if (inserted === 1) return id;
  }
  throw new Error(`could not find a free slug for ${baseSlug}`);
}

/** The operator's tenant; created on first start, safely under concurrent starts. */
export async function ensureRootTenant(db: DbClient, name: string): Promise<string> {
  await db.$executeRaw`
    INSERT INTO "Tenant" ("id", "name", "slug", "isRoot", "updatedAt")
    VALUES (${randomUUID()}::uuid, ${name}, ${ROOT_SLUG}, true, now())
    ON CONFLICT ("slug") DO NOTHING`;
  const root = await db.tenant.findFirstOrThrow({
    where: { slug: ROOT_SLUG, isRoot: true },
    select: { id: true },
  });
  return root.id;
}

export function findRootTenant(db: DbClient | DbTx) {
  return db.tenant.findFirst({ where: { isRoot: true }, select: { id: true } });
}

export interface LockedTenant {
  id: string;
  name: string;
  /** The user limit of the tenant's plan (the Free plan unless it subscribed); 0 means unlimited. */
  userLimit: number;
}

/**
 * Locks the tenant row for the rest of the transaction, so seat checks (count, then insert) for
 * one tenant run one at a time across every node.
 */
export async function lockTenant(db: DbTx, tenantId: string): Promise<LockedTenant | null> {
  const rows = await db.$queryRaw<LockedTenant[]>`
    SELECT t."id", t."name", p."userLimit"
    FROM "Tenant" t JOIN "Plan" p ON p."id" = t."planId"
    WHERE t."id" = ${tenantId}::uuid
    FOR UPDATE OF t`;
  return rows[0] ?? null;
}

/** The tenant as its members see it (active tenants only). */
export async function findTenantView(db: DbClient | DbTx, tenantId: string) {
  const row = await db.tenant.findFirst({
    where: { id: tenantId, isActive: true },
    select: {
      id: true,
      name: true,
      slug: true,
      isRoot: true,
      createdAt: true,
      _count: { select: { memberships: true } },
    },
  });
  if (!row) return null;
  const { _count, ...tenant } = row;
  return { ...tenant, memberCount: _count.memberships };
}

/** Renames an active tenant (the slug stays); false when there is no such tenant. */
export async function renameTenant(db: DbTx, tenantId: string, name: string): Promise<boolean> {
  const { count } = await db.tenant.updateMany({ where: { id: tenantId, isActive: true }, data: { name } });
  return count === 1;
}

/** Serializes "count, then create" of one user's tenants across every node, for the transaction. */
export async function lockTenantCreation(db: DbTx, userId: string): Promise<void> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`baseplate.tenant-create:${userId}`}))`;
}
