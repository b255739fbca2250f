import { describe, expect, it } from "vitest";
import { isPlatformAdmin, pickDefaultTenant } from "./memberships";
import type { Membership } from "./types";

function membership(tenantId: string, role: Membership["role"], isRoot = false): Membership {
  return { tenantId, tenantName: tenantId, tenantSlug: tenantId, role, isRoot };
}

describe("pickDefaultTenant", () => {
  const root = membership("root", "owner", true);
  const acme = membership("acme", "user");
  const personal = membership("mine", "owner");

  it("keeps the last used tenant while the user still belongs to it", () => {
    expect(pickDefaultTenant([root, acme, personal], "acme")).toBe("acme");
  });

  it("falls back to the personal tenant (owned, not root), even if root is listed first", () => {
    expect(pickDefaultTenant([root, acme, personal], "gone")).toBe("mine");
    expect(pickDefaultTenant([root, acme, personal], null)).toBe("mine");
  });

  it("takes the first membership when there is no personal tenant, null when there is none", () => {
    expect(pickDefaultTenant([acme, root], null)).toBe("acme");
    expect(pickDefaultTenant([], "x")).toBeNull();
  });
});

describe("isPlatformAdmin", () => {
  it("requires an admin or owner role in the root tenant", () => {
    expect(isPlatformAdmin([membership("root", "owner", true)])).toBe(true);
    expect(isPlatformAdmin([membership("root", "admin", true)])).toBe(true);
    expect(isPlatformAdmin([membership("root", "user", true)])).toBe(false);
    expect(isPlatformAdmin([membership("acme", "owner")])).toBe(false);
  });
});
