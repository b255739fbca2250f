import type { Role } from "../auth/types";

/** Owners and admins manage a team's webhooks; the server answers anyone else 403. */
export function canManageWebhooks(role: Role | null | undefined): boolean {
  return role === "owner" || role === "admin";
}
