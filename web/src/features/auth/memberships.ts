import type { Membership } from "./types";

/**
 * The tenant to act in: the last used one if the user still belongs to it, else the personal tenant
 * (owned, not the root tenant), else the first membership; null when there is none.
 */
export function pickDefaultTenant(memberships: Membership[], lastUsed: string | null): string | null {
  if (lastUsed && memberships.some((m) => m.tenantId === lastUsed)) return lastUsed;
  const personal = memberships.find((m) => m.role === "owner" && !m.isRoot);
  return personal?.tenantId ?? memberships[0]?.tenantId ?? null;
}

/** Operators: members of the root tenant with role admin or owner. */
export function isPlatformAdmin(memberships: Membership[]): boolean {
  return memberships.some((m) => m.isRoot && (m.role === "owner" || m.role === "admin"));
}
