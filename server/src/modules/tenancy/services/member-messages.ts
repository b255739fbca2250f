import type { MembershipRole } from "@baseplate/db";

const ROLE_NAMES: Record<MembershipRole, string> = { owner: "Owner", admin: "Admin", user: "User" };

/** The in-app notice a member gets when the owner changes their role. */
export function roleChangedMessage(tenantName: string, role: MembershipRole) {
  const name = ROLE_NAMES[role];
  return {
    type: "role_changed",
    title: `Your role in ${tenantName} is now ${name}`,
    body:
      role === "admin"
        ? `You are now an admin of ${tenantName}: you can invite and remove users.`
        : `You are now a user of ${tenantName}.`,
    link: null,
  };
}
