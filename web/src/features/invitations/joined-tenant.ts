import type { Membership } from "../auth/types";
import type { Preview } from "./types";

/** The tenant an invitation made the user join: new since before, else the one named in the invitation. */
export function joinedTenant(preview: Preview, before: Membership[], after: Membership[]): string | null {
  const known = new Set(before.map((m) => m.tenantId));
  const added = after.filter((m) => !known.has(m.tenantId) && m.tenantName === preview.tenantName);
  const match = added[0] ?? after.find((m) => m.tenantName === preview.tenantName && m.role === preview.role);
  return match?.tenantId ?? null;
}

/** The membership `after` has that `before` had not (the team just joined), or null. */
export function addedMembership(before: Membership[], after: Membership[]): Membership | null {
  const known = new Set(before.map((m) => m.tenantId));
  return after.find((m) => !known.has(m.tenantId)) ?? null;
}
