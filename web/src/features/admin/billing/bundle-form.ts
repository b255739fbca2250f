import { toCents } from "../../billing/money";
import { nameProblem, numberOf, priceProblem, wholeProblem } from "./plan-form";
import type { AdminBundle, CreateBundleInput } from "./types";

export interface BundleFormValues {
  name: string;
  credits: number | string;
  /** In currency units as typed; sent as cents. */
  price: number | string;
  isActive: boolean;
  sortOrder: number | string;
}

export type BundleField = keyof BundleFormValues;
export const BUNDLE_FIELDS: readonly BundleField[] = ["name", "credits", "price", "isActive", "sortOrder"];
export const BUNDLE_SERVER_FIELD: Record<string, BundleField> = {
  name: "name",
  credits: "credits",
  priceCents: "price",
  isActive: "isActive",
  sortOrder: "sortOrder",
};

export function bundleFormValues(bundle?: AdminBundle): BundleFormValues {
  return bundle
    ? {
        name: bundle.name,
        credits: bundle.credits,
        price: bundle.priceCents / 100,
        isActive: bundle.isActive,
        sortOrder: bundle.sortOrder,
      }
    : { name: "", credits: "", price: "", isActive: true, sortOrder: 0 };
}

/** The server's limits: credits 1..10,000,000, price above 0 up to 1,000,000.00, sort order ±1,000,000. */
export function bundleFormProblems(values: BundleFormValues): Partial<Record<BundleField, string>> {
  const found: Partial<Record<BundleField, string>> = {};
  const name = nameProblem(values.name);
  if (name) found.name = name;
  const credits = wholeProblem(values.credits, 1, 10_000_000);
  if (credits) found.credits = credits;
  const price = priceProblem(values.price, { positive: true });
  if (price) found.price = price;
  const sortOrder = wholeProblem(values.sortOrder, -1_000_000, 1_000_000);
  if (sortOrder) found.sortOrder = sortOrder;
  return found;
}

export function bundleInput(values: BundleFormValues): CreateBundleInput {
  return {
    name: values.name.trim(),
    credits: numberOf(values.credits),
    priceCents: toCents(values.price) ?? 0,
    isActive: values.isActive,
    sortOrder: numberOf(values.sortOrder),
  };
}
