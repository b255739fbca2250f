import { describe, expect, it } from "vitest";
import { billingTenant } from "./support/billing.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();

describe("REST bodies keep their JSON types", () => {
  it("refuses a string where a number is expected, over REST and then over tRPC (the schema is not mutated)", async () => {
    const tenant = await billingTenant(app());
    for (const amount of ["1", null, true]) {
      const response = await tenant.rest("/api/v1/credits/spend", {
        method: "POST",
        body: JSON.stringify({ amount, idempotencyKey: `typed-${String(amount)}` }),
      });
      expect(response.status, String(amount)).toBe(400);
      expect(await response.json()).toMatchObject({ code: "VALIDATION_FAILED" });
    }
    await expect(
      tenant.caller.credits.spend({ amount: "1" as unknown as number, idempotencyKey: "typed-trpc" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(
      await app().db.creditLedgerEntry.count({ where: { customer: { tenantId: tenant.tenantId } } }),
    ).toBe(0);
  });

  it("still coerces query strings, which are text by nature", async () => {
    const tenant = await billingTenant(app());
    const response = await tenant.rest("/api/v1/billing/transactions?page=1&perPage=5");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ page: 1, perPage: 5, total: 0 });
  });
});
