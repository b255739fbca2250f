import { describe, expect, it } from "vitest";
import type { Membership } from "../auth/types";
import { addedMembership } from "../invitations/joined-tenant";
import { roleLabel, roleOptions } from "./roles";

describe("roles in words", () => {
  it("capitalizes every role the same way everywhere", () => {
    expect(["owner", "admin", "user"].map((role) => roleLabel(role as "owner"))).toEqual([
      "Owner",
      "Admin",
      "User",
    ]);
    expect(roleOptions(["admin", "user"])).toEqual([
      { value: "admin", label: "Admin" },
      { value: "user", label: "User" },
    ]);
  });
});

describe("addedMembership", () => {
  const team = (tenantId: string) =>
    ({ tenantId, tenantName: tenantId, role: "user", isRoot: false }) as Membership;

  it("finds the team an accepted invitation added", () => {
    expect(addedMembership([team("a")], [team("a"), team("b")])?.tenantId).toBe("b");
    expect(addedMembership([team("a")], [team("a")])).toBeNull();
  });
});
