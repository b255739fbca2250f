import type { Role } from "../auth/types";

const LABELS: Record<Role, string> = { owner: "Owner", admin: "Admin", user: "User" };

/** How a role reads everywhere in the UI: "Owner", "Admin", "User" (the API says owner/admin/user). */
export function roleLabel(role: Role): string {
  return LABELS[role];
}

/** Select options for the roles a member can be given. */
export function roleOptions(roles: ReadonlyArray<"admin" | "user">): Array<{ value: string; label: string }> {
  return roles.map((value) => ({ value, label: roleLabel(value) }));
}
