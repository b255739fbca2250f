import { describe, expect, it } from "vitest";
import { bundleFormProblems, bundleFormValues, bundleInput } from "./bundle-form";
import { emptyRow, entitlementsInput, rowProblems, rowsFrom } from "./entitlement-rows";
import {
  hasPlanProblems,
  planFormProblems,
  planFormValues,
  planInput,
  previewAnnualCents,
} from "./plan-form";

const validPlan = () => ({
  ...planFormValues(),
  name: "  Pro  ",
  description: "For teams",
  monthlyPrice: 29.99,
  annualDiscountPct: 10,
  usageCreditsPerMonth: 500,
  bonusCredits: 100,
  userLimit: 5,
});

describe("plan form", () => {
  it("sends a valid form as the API's fields, price in cents, name trimmed", () => {
    const values = validPlan();
    expect(hasPlanProblems(planFormProblems(values))).toBe(false);
    expect(planInput(values)).toEqual({
      name: "Pro",
      description: "For teams",
      monthlyPriceCents: 2999,
      annualDiscountPct: 10,
      usageCreditsPerMonth: 500,
      creditResetPolicy: "reset",
      bonusCredits: 100,
      userLimit: 5,
      entitlements: {},
    });
  });

  it("mirrors the server's limits under each field", () => {
    const { fields } = planFormProblems({
      ...validPlan(),
      name: " ",
      monthlyPrice: -1,
      annualDiscountPct: 101,
      usageCreditsPerMonth: 1.5,
      bonusCredits: "",
      userLimit: -2,
    });
    expect(Object.keys(fields).sort()).toEqual(
      [
        "annualDiscountPct",
        "bonusCredits",
        "monthlyPrice",
        "name",
        "usageCreditsPerMonth",
        "userLimit",
      ].sort(),
    );
    expect(fields.monthlyPrice).toBe("The price cannot be negative");
    expect(planFormProblems({ ...validPlan(), monthlyPrice: 0 }).fields.monthlyPrice).toBeUndefined();
    expect(
      planFormProblems({ ...validPlan(), monthlyPrice: 1_000_000.01 }).fields.monthlyPrice,
    ).toBeDefined();
    expect(
      planFormProblems({ ...validPlan(), description: "x".repeat(501) }).fields.description,
    ).toBeDefined();
  });

  it('reads the strings a NumberInput hands over while typing ("199.00" with fixed decimals)', () => {
    expect(planFormProblems({ ...validPlan(), monthlyPrice: "199.00", userLimit: "3" }).fields).toEqual({});
    expect(planInput({ ...validPlan(), monthlyPrice: "199.00", userLimit: "3" })).toMatchObject({
      monthlyPriceCents: 19900,
      userLimit: 3,
    });
    expect(planFormProblems({ ...validPlan(), monthlyPrice: "12." }).fields.monthlyPrice).toBeUndefined();
    expect(planFormProblems({ ...validPlan(), userLimit: "" }).fields.userLimit).toBeDefined();
  });

  it("previews the annual price the server will compute", () => {
    expect(previewAnnualCents({ monthlyPrice: 29, annualDiscountPct: 10 })).toBe(31320);
    expect(previewAnnualCents({ monthlyPrice: 9.99, annualDiscountPct: 0 })).toBe(11988);
    expect(previewAnnualCents({ monthlyPrice: "", annualDiscountPct: 10 })).toBeNull();
  });

  it("loads a plan into the form and back unchanged", () => {
    const plan = {
      id: "p1",
      name: "Team",
      description: "",
      monthlyPriceCents: 4900,
      annualPriceCents: 47040,
      annualDiscountPct: 20,
      usageCreditsPerMonth: 1000,
      creditResetPolicy: "accrue" as const,
      bonusCredits: 0,
      userLimit: 0,
      entitlements: {
        sso: { type: "bool" as const, value: true, description: "Single sign-on" },
        projects: { type: "numeric" as const, value: 10, description: "" },
      },
      isSystem: false,
      subscriberCount: 0,
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
    };
    const back = planInput(planFormValues(plan));
    expect(back.monthlyPriceCents).toBe(4900);
    expect(back.creditResetPolicy).toBe("accrue");
    expect(back.entitlements).toEqual(plan.entitlements);
  });
});

describe("entitlement rows", () => {
  it("turns rows into typed values", () => {
    const rows = [
      { ...emptyRow(), key: "sso", type: "bool" as const, boolValue: false, description: " SSO " },
      { ...emptyRow(), key: "projects", type: "numeric" as const, numericValue: 25 },
      { ...emptyRow(), key: "support", type: "string" as const, stringValue: " email " },
    ];
    expect(rowProblems(rows)).toEqual({});
    expect(entitlementsInput(rows)).toEqual({
      sso: { type: "bool", value: false, description: "SSO" },
      projects: { type: "numeric", value: 25, description: "" },
      support: { type: "string", value: "email", description: "" },
    });
  });

  it("flags bad keys, duplicates and values that do not match the type", () => {
    const rows = [
      { ...emptyRow(), key: "Bad-Key" },
      { ...emptyRow(), key: "seats", type: "numeric" as const, numericValue: "" },
      { ...emptyRow(), key: "seats", type: "numeric" as const, numericValue: 3 },
      { ...emptyRow(), key: "tier", type: "string" as const, stringValue: "  " },
    ];
    const problems = rowProblems(rows);
    expect(problems[rows[0]?.rowId ?? ""]?.key).toMatch(/Lower-case/);
    expect(problems[rows[1]?.rowId ?? ""]?.value).toBe("Enter a number");
    expect(problems[rows[2]?.rowId ?? ""]?.key).toBe("This key is already listed");
    expect(problems[rows[3]?.rowId ?? ""]?.value).toBe("Enter a value");
  });

  it("reads a plan's entitlements sorted by key", () => {
    const rows = rowsFrom({
      z_last: { type: "string", value: "x", description: "" },
      a_first: { type: "bool", value: false, description: "d" },
    });
    expect(rows.map((row) => row.key)).toEqual(["a_first", "z_last"]);
    expect(rows[0]?.boolValue).toBe(false);
    expect(rows[1]?.stringValue).toBe("x");
  });
});

describe("bundle form", () => {
  it("requires positive credits and price, like the server", () => {
    expect(bundleFormProblems(bundleFormValues())).toMatchObject({
      name: "Enter a name",
      credits: expect.any(String),
      price: expect.any(String),
    });
    const problems = bundleFormProblems({ name: "Big", credits: 0, price: 0, isActive: true, sortOrder: 0 });
    expect(problems.credits).toBeDefined();
    expect(problems.price).toBe("The price must be more than 0");
  });

  it("sends the price in cents", () => {
    const values = { name: " 1000 Credits ", credits: 1000, price: 89, isActive: false, sortOrder: 2 };
    expect(bundleFormProblems(values)).toEqual({});
    expect(bundleInput(values)).toEqual({
      name: "1000 Credits",
      credits: 1000,
      priceCents: 8900,
      isActive: false,
      sortOrder: 2,
    });
  });
});
