import type { MembershipRole } from "@baseplate/db";

const RANK: Record<MembershipRole, number> = { user: 1, admin: 2, owner: 3 };

export function hasRoleAtLeast(role: MembershipRole, minimum: MembershipRole): boolean {
  return RANK[role] >= RANK[minimum];
}
