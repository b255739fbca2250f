import type { Role } from "../auth/types";
import { useCurrentMembership } from "../tenancy/hooks";

/** Owners and admins buy and manage billing; every member reads it (the server enforces the same). */
export function canManageBilling(role: Role | null | undefined): boolean {
  return role === "owner" || role === "admin";
}

export function useCanManageBilling(): boolean {
  return canManageBilling(useCurrentMembership()?.role);
}
