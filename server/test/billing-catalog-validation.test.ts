import { beforeAll, describe, expect, it } from "vitest";
import { catalogSnapshot, enterprise, restClient, signUpPlatformAdmin } from "./billing-catalog-helpers.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();
let rest: ReturnType<typeof restClient>;

beforeAll(async () => {
  rest = restClient(app(), (await signUpPlatformAdmin(app())).accessToken);
});

async function createPlan(overrides: Record<string, unknown> = {}) {
  const created = await rest("POST", "/admin/plans", enterprise(overrides));
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return created.body;
}

describe("plan validation", () => {
  const tooManyEntitlements = Object.fromEntries(
    Array.from({ length: 51 }, (_, i) => [`k${i}`, { type: "bool", value: true }]),
  );
  const badInputs: [string, Record<string, unknown>, string][] = [
    ["empty name", { name: "   " }, "name"],
    ["long name", { name: "x".repeat(101) }, "name"],
    ["control character in name", { name: "Pro\u0007" }, "name"],
    ["NUL in name", { name: "Pro\u0000" }, "name"],
    ["non-string name", { name: 42 }, "name"],
    ["long description", { description: "d".repeat(501) }, "description"],
    ["negative price", { monthlyPriceCents: -1 }, "monthlyPriceCents"],
    ["fractional price", { monthlyPriceCents: 9.5 }, "monthlyPriceCents"],
    ["price as a string", { monthlyPriceCents: "9900" }, "monthlyPriceCents"],
    ["null price", { monthlyPriceCents: null }, "monthlyPriceCents"],
    ["boolean price", { monthlyPriceCents: true }, "monthlyPriceCents"],
    [
      "price too high: a year would exceed Stripe's limit",
      { monthlyPriceCents: 8_333_334 },
      "monthlyPriceCents",
    ],
    ["discount over 100", { annualDiscountPct: 101 }, "annualDiscountPct"],
    ["negative discount", { annualDiscountPct: -5 }, "annualDiscountPct"],
    ["negative credits", { usageCreditsPerMonth: -1 }, "usageCreditsPerMonth"],
    ["unknown reset policy", { creditResetPolicy: "never" }, "creditResetPolicy"],
    ["negative bonus", { bonusCredits: -10 }, "bonusCredits"],
    ["negative user limit", { userLimit: -1 }, "userLimit"],
    [
      "upper-case entitlement key",
      { entitlements: { Feature: { type: "bool", value: true } } },
      "entitlements",
    ],
    [
      "long entitlement key",
      { entitlements: { [`k${"x".repeat(64)}`]: { type: "bool", value: true } } },
      "entitlements",
    ],
    ["51 entitlements", { entitlements: tooManyEntitlements }, "entitlements"],
    [
      "value not matching type",
      { entitlements: { seats: { type: "bool", value: 3 } } },
      "entitlements.seats.value",
    ],
    [
      "alternate field of another type",
      { entitlements: { seats: { type: "numeric", boolValue: true } } },
      "entitlements.seats.boolValue",
    ],
    [
      "entitlement without a value",
      { entitlements: { seats: { type: "numeric" } } },
      "entitlements.seats.value",
    ],
    [
      "both value forms",
      { entitlements: { on: { type: "bool", value: true, boolValue: true } } },
      "entitlements.on.boolValue",
    ],
    [
      "unknown entitlement type",
      { entitlements: { on: { type: "date", value: "x" } } },
      "entitlements.on.type",
    ],
    [
      "long entitlement description",
      { entitlements: { on: { type: "bool", value: true, description: "d".repeat(201) } } },
      "entitlements.on.description",
    ],
  ];

  it.each(badInputs)("refuses a create with %s (400, nothing stored)", async (_label, bad, field) => {
    const before = await catalogSnapshot(app());
    const { status, body } = await rest("POST", "/admin/plans", enterprise(bad));
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: "VALIDATION_FAILED", error: expect.any(String) });
    expect(body.details.map((d: { field: string }) => d.field).join(" ")).toContain(field);
    expect(await catalogSnapshot(app())).toEqual(before);
  });

  it("refuses a create without a name", async () => {
    const { name: _name, ...nameless } = enterprise();
    const { status, body } = await rest("POST", "/admin/plans", nameless);
    expect(status).toBe(400);
    expect(body.details[0].field).toBe("name");
  });

  it.each(badInputs)("refuses an update with %s (400, plan unchanged)", async (_label, bad) => {
    const plan = await createPlan();
    const before = await catalogSnapshot(app());
    const { status } = await rest("PATCH", `/admin/plans/${plan.id}`, bad);
    expect(status).toBe(400);
    expect(await catalogSnapshot(app())).toEqual(before);
  });
});
