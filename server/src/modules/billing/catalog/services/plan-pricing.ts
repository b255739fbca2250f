/** 12 × monthly × (1 − discount), rounded to whole cents (the schema's definition of the annual price). */
export function annualPriceCents(plan: { monthlyPriceCents: number; annualDiscountPct: number }): number {
  return Math.round(12 * plan.monthlyPriceCents * (1 - plan.annualDiscountPct / 100));
}
