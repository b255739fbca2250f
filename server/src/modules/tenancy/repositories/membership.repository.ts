import type { DbClient, DbTx, MembershipRole } from "@baseplate/db";
import type { Keyset } from "../../../lib/pagination.js";

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

/**
 * Members of one tenant, oldest first (user id breaks ties), after `after`. The tenant filter
 * lives here, not in callers.
 */
export async function listTenantMembers(
  db: DbClient | DbTx,
  tenantId: string,
  after: Keyset | null,
  take: number,
) {
  const rows = await db.membership.findMany({
    where: {
      tenantId,
      ...(after
        ? { OR: [{ createdAt: { gt: after.at } }, { createdAt: after.at, userId: { gt: after.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
    take,
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, displayName: true } } },
  });
  return rows.map(({ role, createdAt, user }) => ({
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role,
    joinedAt: createdAt,
  }));
}

export async function findMemberRole(db: DbClient | DbTx, tenantId: string, userId: string) {
  const row = await db.membership.findUnique({
    where: { userId_tenantId: { userId, tenantId } },
    select: { role: true },
  });
  return row?.role ?? null;
}

/** Changes a role only if the member currently holds one of `from`; returns whether it did. */
export async function updateMemberRole(
  db: DbClient | DbTx,
  tenantId: string,
  userId: string,
  from: MembershipRole[],
  to: MembershipRole,
): Promise<boolean> {
  const { count } = await db.membership.updateMany({
    where: { tenantId, userId, role: { in: from } },
    data: { role: to },
  });
  return count === 1;
}

/** Removes a member only if they hold one of `removableRoles`; returns whether it did. */
export async function deleteMember(
  db: DbClient | DbTx,
  tenantId: string,
  userId: string,
  removableRoles: MembershipRole[],
): Promise<boolean> {
  const { count } = await db.membership.deleteMany({
    where: { tenantId, userId, role: { in: removableRoles } },
  });
  return count === 1;
}

export function countTenantMembers(db: DbClient | DbTx, tenantId: string): Promise<number> {
  return db.membership.count({ where: { tenantId } });
}

/** Tenants the user owns, the root tenant aside. */
export function countOwnedTenants(db: DbClient | DbTx, userId: string): Promise<number> {
  return db.membership.count({ where: { userId, role: "owner", tenant: { isRoot: false } } });
}
