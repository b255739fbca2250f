import type { Role } from "../auth/types";

/** The server enforces all of these; the UI mirrors them to hide actions that would only fail. */
export interface Caller {
  userId: string;
  role: Role;
}

export interface MemberRef {
  userId: string;
  role: Role;
}

/** Owners invite admins or users; admins invite users; users invite nobody. */
export function invitableRoles(callerRole: Role): Array<"admin" | "user"> {
  if (callerRole === "owner") return ["admin", "user"];
  if (callerRole === "admin") return ["user"];
  return [];
}

/** Only the owner changes roles, never their own (ownership moves by transfer only). */
export function canChangeRole(caller: Caller, member: MemberRef): boolean {
  return caller.role === "owner" && member.userId !== caller.userId && member.role !== "owner";
}

/** Only the owner transfers ownership, to another member. */
export function canTransferTo(caller: Caller, member: MemberRef): boolean {
  return caller.role === "owner" && member.userId !== caller.userId;
}

/** Never the owner, never yourself; the owner removes anyone else, admins remove users only. */
export function canRemove(caller: Caller, member: MemberRef): boolean {
  if (member.role === "owner" || member.userId === caller.userId) return false;
  if (caller.role === "owner") return true;
  return caller.role === "admin" && member.role === "user";
}

/** Owners revoke any invitation, admins only invitations for the user role. */
export function canRevokeInvitation(callerRole: Role, invitationRole: Role): boolean {
  if (callerRole === "owner") return true;
  return callerRole === "admin" && invitationRole === "user";
}
