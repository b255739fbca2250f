import { describe, expect, it } from "vitest";
import { bestAnnualDiscount, intervalLabel, priceDisplay } from "./pricing";
import { statusBadge } from "./status";
import { planFixture } from "./test-fixtures";

describe("priceDisplay", () => {
  it("shows the monthly price per month", () => {
    expect(priceDisplay(planFixture(), "month", "en-US")).toEqual({
      amount: "$29.00",
      per: "/ month",
      note: null,
      saving: null,
      free: false,
    });
  });

  it("shows the annual price, what it is per month and the discount", () => {
    expect(priceDisplay(planFixture(), "year", "en-US")).toEqual({
      amount: "$313.20",
      per: "/ year",
      note: "$26.10 / month, billed annually",
      saving: "Save 10%",
      free: false,
    });
    expect(
      priceDisplay(planFixture({ annualDiscountPct: 0, annualPriceCents: 34800 }), "year", "en-US").saving,
    ).toBeNull();
  });

  it("keeps free plans at $0.00 per month whatever the interval", () => {
    const free = planFixture({ monthlyPriceCents: 0, annualPriceCents: 0, annualDiscountPct: 50 });
    expect(priceDisplay(free, "year", "en-US")).toMatchObject({
      amount: "$0.00",
      per: "/ month",
      free: true,
      saving: null,
    });
  });

  it("finds the best discount among paid plans only", () => {
    const plans = [
      planFixture({ monthlyPriceCents: 0, annualDiscountPct: 90 }),
      planFixture({ annualDiscountPct: 15 }),
      planFixture({ annualDiscountPct: 20 }),
    ];
    expect(bestAnnualDiscount(plans)).toBe(20);
    expect(bestAnnualDiscount([])).toBe(0);
  });

  it("names intervals", () => {
    expect(intervalLabel("month")).toBe("Monthly");
    expect(intervalLabel("year")).toBe("Annual");
    expect(intervalLabel(null)).toBe("–");
  });
});

describe("statusBadge", () => {
  const state = { billingStatus: null, billingWaived: false } as const;

  it("names each subscription status in its color", () => {
    expect(statusBadge({ ...state, billingStatus: "active" }, planFixture())).toEqual({
      label: "Active",
      color: "teal",
    });
    expect(statusBadge({ ...state, billingStatus: "past_due" }, planFixture()).label).toBe("Past due");
    expect(statusBadge({ ...state, billingStatus: "restricted" }, planFixture()).color).toBe("red");
    expect(statusBadge({ ...state, billingStatus: "trialing" }, planFixture()).label).toBe("Trial");
  });

  it("tells Free, waived and assigned plans apart when there is no subscription", () => {
    expect(statusBadge(state, planFixture({ monthlyPriceCents: 0 })).label).toBe("Free");
    expect(statusBadge({ ...state, billingWaived: true }, planFixture()).label).toBe("Billing waived");
    expect(statusBadge(state, planFixture()).label).toBe("Assigned");
  });
});
