import { randomBytes } from "node:crypto";
import type { DbClient, MembershipRole } from "@baseplate/db";

function unique(prefix: string): string {
  return `${prefix}-${randomBytes(5).toString("hex")}`;
}

export function createUser(
  db: DbClient,
  overrides: { email?: string; displayName?: string; isActive?: boolean } = {},
) {
  return db.user.create({
    data: {
      email: overrides.email ?? `${unique("user")}@example.test`,
      displayName: overrides.displayName ?? "Test User",
      isActive: overrides.isActive ?? true,
    },
  });
}

export function createTenant(
  db: DbClient,
  overrides: { name?: string; isRoot?: boolean; isActive?: boolean } = {},
) {
  const slug = unique("tenant");
  return db.tenant.create({
    data: {
      name: overrides.name ?? slug,
      slug,
      isRoot: overrides.isRoot ?? false,
      isActive: overrides.isActive ?? true,
    },
  });
}

export function addMember(db: DbClient, userId: string, tenantId: string, role: MembershipRole = "user") {
  return db.membership.create({ data: { userId, tenantId, role } });
}

export async function createRefreshToken(db: DbClient, userId: string, expiresAt: Date) {
  const session = await db.authSession.create({ data: { userId, method: "password" } });
  return db.refreshToken.create({
    data: { userId, sessionId: session.id, tokenHash: randomBytes(32).toString("hex"), expiresAt },
  });
}
