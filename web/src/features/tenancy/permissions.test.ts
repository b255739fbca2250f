import { describe, expect, it } from "vitest";
import { canChangeRole, canRemove, canRevokeInvitation, canTransferTo, invitableRoles } from "./permissions";

const owner = { userId: "o", role: "owner" as const };
const admin = { userId: "a", role: "admin" as const };
const user = { userId: "u", role: "user" as const };
const admin2 = { userId: "a2", role: "admin" as const };
const user2 = { userId: "u2", role: "user" as const };

describe("team permissions", () => {
  it("lets owners invite admins and users, admins only users, users nobody", () => {
    expect(invitableRoles("owner")).toEqual(["admin", "user"]);
    expect(invitableRoles("admin")).toEqual(["user"]);
    expect(invitableRoles("user")).toEqual([]);
  });

  it("lets only the owner change roles, of others who are not owner", () => {
    expect(canChangeRole(owner, admin)).toBe(true);
    expect(canChangeRole(owner, user)).toBe(true);
    expect(canChangeRole(owner, owner)).toBe(false);
    expect(canChangeRole(admin, user)).toBe(false);
  });

  it("lets only the owner transfer ownership, to someone else", () => {
    expect(canTransferTo(owner, admin)).toBe(true);
    expect(canTransferTo(owner, owner)).toBe(false);
    expect(canTransferTo(admin, user)).toBe(false);
  });

  it("never removes the owner or yourself; admins remove users only", () => {
    expect(canRemove(owner, admin)).toBe(true);
    expect(canRemove(owner, user)).toBe(true);
    expect(canRemove(owner, owner)).toBe(false);
    expect(canRemove(admin, user)).toBe(true);
    expect(canRemove(admin, admin2)).toBe(false);
    expect(canRemove(admin, admin)).toBe(false);
    expect(canRemove(admin, owner)).toBe(false);
    expect(canRemove(user, user2)).toBe(false);
  });

  it("lets admins revoke only user invitations", () => {
    expect(canRevokeInvitation("owner", "admin")).toBe(true);
    expect(canRevokeInvitation("admin", "user")).toBe(true);
    expect(canRevokeInvitation("admin", "admin")).toBe(false);
    expect(canRevokeInvitation("user", "user")).toBe(false);
  });
});
