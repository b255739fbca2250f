import { formatMoney } from "./money";
import type { BillingInterval, Plan } from "./types";

export interface PriceDisplay {
  /** "$29.00" or "$313.20". */
  amount: string;
  /** "/ month" or "/ year". */
  per: string;
  /** For annual prices: what it comes to per month, "$26.10 / month billed annually". */
  note: string | null;
  /** For annual prices with a discount: "Save 10%". */
  saving: string | null;
  free: boolean;
}

/** How a plan's price reads for the chosen billing interval. */
export function priceDisplay(plan: Plan, interval: BillingInterval, locale?: string): PriceDisplay {
  const free = plan.monthlyPriceCents === 0;
  if (interval === "month" || free) {
    return {
      amount: formatMoney(plan.monthlyPriceCents, undefined, locale),
      per: "/ month",
      note: null,
      saving: null,
      free,
    };
  }
  const perMonth = Math.round(plan.annualPriceCents / 12);
  return {
    amount: formatMoney(plan.annualPriceCents, undefined, locale),
    per: "/ year",
    note: `${formatMoney(perMonth, undefined, locale)} / month, billed annually`,
    saving: plan.annualDiscountPct > 0 ? `Save ${plan.annualDiscountPct}%` : null,
    free,
  };
}

/** The best annual discount among paid plans (0 when none), for the interval toggle's hint. */
export function bestAnnualDiscount(plans: Plan[]): number {
  return plans.reduce(
    (best, plan) => (plan.monthlyPriceCents > 0 ? Math.max(best, plan.annualDiscountPct) : best),
    0,
  );
}

export function intervalLabel(interval: BillingInterval | null): string {
  if (interval === "year") return "Annual";
  if (interval === "month") return "Monthly";
  return "–";
}
