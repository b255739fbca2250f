import type { Plan } from "./types";

/** A paid plan as billing.plans returns it; override what a test is about. */
export function planFixture(overrides: Partial<Plan> = {}): Plan {
  return {
    id: "p-pro",
    name: "Pro",
    description: "For growing teams",
    monthlyPriceCents: 2900,
    annualPriceCents: 31320,
    annualDiscountPct: 10,
    usageCreditsPerMonth: 500,
    creditResetPolicy: "reset",
    bonusCredits: 0,
    userLimit: 0,
    entitlements: {},
    isSystem: false,
    ...overrides,
  };
}
