import { describe, expect, it } from "vitest";
import { canManageWebhooks } from "./permissions";

describe("who manages a team's webhooks", () => {
  it("is its owners and admins, not its users", () => {
    expect(canManageWebhooks("owner")).toBe(true);
    expect(canManageWebhooks("admin")).toBe(true);
    expect(canManageWebhooks("user")).toBe(false);
    expect(canManageWebhooks(null)).toBe(false);
  });
});
