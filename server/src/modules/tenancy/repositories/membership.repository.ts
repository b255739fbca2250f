import type { DbClient, DbTx, MembershipRole } from "@baseplate/db";

export interface TenantMembership {
  tenantId: string;
  role: MembershipRole;
  isRoot: boolean;
  tenantActive: boolean;
}

const select = { role: true, tenant: { select: { id: true, isRoot: true, isActive: true } } } as const;

type Row = { role: MembershipRole; tenant: { id: string; isRoot: boolean; isActive: boolean } };

function toMembership(row: Row | null): TenantMembership | null {
  if (!row) return null;
  return {
    tenantId: row.tenant.id,
    role: row.role,
    isRoot: row.tenant.isRoot,
    tenantActive: row.tenant.isActive,
  };
}

export async function findMembership(
  db: DbClient | DbTx,
  userId: string,
  tenantId: string,
): Promise<TenantMembership | null> {
  const row = await db.membership.findUnique({ where: { userId_tenantId: { userId, tenantId } }, select });
  return toMembership(row);
}

export async function findRootMembership(
  db: DbClient | DbTx,
  userId: string,
): Promise<TenantMembership | null> {
  const row = await db.membership.findFirst({ where: { userId, tenant: { isRoot: true } }, select });
  return toMembership(row);
}

export async function insertMembership(db: DbTx, userId: string, tenantId: string, role: MembershipRole) {
  await db.membership.create({ data: { userId, tenantId, role }, select: { id: true } });
}

export async function tenantHasOwner(db: DbTx, tenantId: string): Promise<boolean> {
  return (await db.membership.count({ where: { tenantId, role: "owner" } })) > 0;
}

export interface MembershipSummary {
  tenantId: string;
  tenantName: string;
  tenantSlug: string;
  role: MembershipRole;
  isRoot: boolean;
}

/** Active tenants the user belongs to, oldest membership first. */
export async function listMembershipsOfUser(
  db: DbClient | DbTx,
  userId: string,
): Promise<MembershipSummary[]> {
  const rows = await db.membership.findMany({
    where: { userId, tenant: { isActive: true } },
    orderBy: { createdAt: "asc" },
    select: { role: true, tenant: { select: { id: true, name: true, slug: true, isRoot: true } } },
  });
  return rows.map(({ role, tenant }) => ({
    tenantId: tenant.id,
    tenantName: tenant.name,
    tenantSlug: tenant.slug,
    role,
    isRoot: tenant.isRoot,
  }));
}
