import { toCents } from "../../billing/money";
import {
  type EntitlementRow,
  entitlementsInput,
  MAX_ENTITLEMENTS,
  rowProblems,
  rowsFrom,
} from "./entitlement-rows";
import type { AdminPlan, CreatePlanInput } from "./types";

/** Limits the server enforces (catalog admin-plans.types.ts), mirrored so slips show under their field. */
/** The server's limit: a year at this price must fit in one Stripe price (99,999,999). */
export const MAX_MONTHLY_PRICE_CENTS = 8_333_333;
const MAX_CREDITS = 1_000_000_000;
const MAX_USER_LIMIT = 1_000_000;

export interface PlanFormValues {
  name: string;
  description: string;
  /** In currency units as typed ("29.00"); sent as cents. */
  monthlyPrice: number | string;
  annualDiscountPct: number | string;
  usageCreditsPerMonth: number | string;
  creditResetPolicy: "reset" | "accrue";
  bonusCredits: number | string;
  userLimit: number | string;
  entitlements: EntitlementRow[];
}

export type PlanField = Exclude<keyof PlanFormValues, "entitlements">;
export const PLAN_FIELDS: readonly PlanField[] = [
  "name",
  "description",
  "monthlyPrice",
  "annualDiscountPct",
  "usageCreditsPerMonth",
  "creditResetPolicy",
  "bonusCredits",
  "userLimit",
];

/** The server names fields as the API does: map its issue fields onto the form's. */
export const SERVER_FIELD: Record<string, PlanField> = {
  name: "name",
  description: "description",
  monthlyPriceCents: "monthlyPrice",
  annualDiscountPct: "annualDiscountPct",
  usageCreditsPerMonth: "usageCreditsPerMonth",
  creditResetPolicy: "creditResetPolicy",
  bonusCredits: "bonusCredits",
  userLimit: "userLimit",
};

export function planFormValues(plan?: AdminPlan): PlanFormValues {
  if (!plan) {
    return {
      name: "",
      description: "",
      monthlyPrice: "",
      annualDiscountPct: 0,
      usageCreditsPerMonth: 0,
      creditResetPolicy: "reset",
      bonusCredits: 0,
      userLimit: 0,
      entitlements: [],
    };
  }
  return {
    name: plan.name,
    description: plan.description,
    monthlyPrice: plan.monthlyPriceCents / 100,
    annualDiscountPct: plan.annualDiscountPct,
    usageCreditsPerMonth: plan.usageCreditsPerMonth,
    creditResetPolicy: plan.creditResetPolicy,
    bonusCredits: plan.bonusCredits,
    userLimit: plan.userLimit,
    entitlements: rowsFrom(plan.entitlements),
  };
}

/**
 * What a NumberInput holds as a number: it hands over a string while the text is not a plain number
 * ("", "12." or "199.00" with fixed decimals), so strings are parsed; NaN when there is none.
 */
export function numberOf(value: number | string): number {
  if (typeof value === "number") return value;
  return value.trim() === "" ? Number.NaN : Number(value);
}

/** A whole number in [min, max] typed into a NumberInput (which hands over numbers or strings). */
export function wholeProblem(value: number | string, min: number, max: number): string | undefined {
  const range = `Enter a whole number from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}`;
  const number = numberOf(value);
  if (!Number.isInteger(number)) return range;
  return number < min || number > max ? range : undefined;
}

export function priceProblem(
  value: number | string,
  { positive }: { positive: boolean },
): string | undefined {
  const cents = toCents(value);
  if (cents === null) return "Enter a price, like 29.00";
  if (positive ? cents <= 0 : cents < 0)
    return positive ? "The price must be more than 0" : "The price cannot be negative";
  if (cents > MAX_MONTHLY_PRICE_CENTS) return "The price can be at most 83,333.33 a month";
  return undefined;
}

export function nameProblem(value: string): string | undefined {
  const name = value.trim();
  if (!name) return "Enter a name";
  if (name.length > 100) return "At most 100 characters";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(name)) return "Remove control characters";
  return undefined;
}

export interface PlanFormProblems {
  fields: Partial<Record<PlanField, string>>;
  entitlements: ReturnType<typeof rowProblems>;
  /** About the entitlement list as a whole (too many). */
  entitlementList?: string;
}

export function planFormProblems(values: PlanFormValues): PlanFormProblems {
  const fields: PlanFormProblems["fields"] = {};
  const set = (field: PlanField, problem: string | undefined) => {
    if (problem) fields[field] = problem;
  };
  set("name", nameProblem(values.name));
  set("description", values.description.trim().length > 500 ? "At most 500 characters" : undefined);
  set("monthlyPrice", priceProblem(values.monthlyPrice, { positive: false }));
  set("annualDiscountPct", wholeProblem(values.annualDiscountPct, 0, 100));
  set("usageCreditsPerMonth", wholeProblem(values.usageCreditsPerMonth, 0, MAX_CREDITS));
  set("bonusCredits", wholeProblem(values.bonusCredits, 0, MAX_CREDITS));
  set("userLimit", wholeProblem(values.userLimit, 0, MAX_USER_LIMIT));
  const problems: PlanFormProblems = { fields, entitlements: rowProblems(values.entitlements) };
  if (values.entitlements.length > MAX_ENTITLEMENTS)
    problems.entitlementList = `At most ${MAX_ENTITLEMENTS} entitlements`;
  return problems;
}

export function hasPlanProblems(problems: PlanFormProblems): boolean {
  return (
    Object.keys(problems.fields).length > 0 ||
    Object.keys(problems.entitlements).length > 0 ||
    problems.entitlementList !== undefined
  );
}

/** The form as the API's plan fields (prices in cents); call only once planFormProblems found nothing. */
export function planInput(values: PlanFormValues): CreatePlanInput {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    monthlyPriceCents: toCents(values.monthlyPrice) ?? 0,
    annualDiscountPct: numberOf(values.annualDiscountPct),
    usageCreditsPerMonth: numberOf(values.usageCreditsPerMonth),
    creditResetPolicy: values.creditResetPolicy,
    bonusCredits: numberOf(values.bonusCredits),
    userLimit: numberOf(values.userLimit),
    entitlements: entitlementsInput(values.entitlements),
  };
}

/** What the annual price will be (the server's rule): 12 × monthly × (1 − discount/100), rounded to cents. */
export function previewAnnualCents(
  values: Pick<PlanFormValues, "monthlyPrice" | "annualDiscountPct">,
): number | null {
  const monthly = toCents(values.monthlyPrice);
  const discount = numberOf(values.annualDiscountPct);
  if (monthly === null || !Number.isInteger(discount) || discount < 0 || discount > 100) return null;
  return Math.round(12 * monthly * (1 - discount / 100));
}
