import type { CreditResetPolicy } from "@baseplate/db";
import type { BundleRow } from "../repositories/bundle.repository.js";
import type { PlanRow, PlanRowWithSubscribers } from "../repositories/plan.repository.js";
import { type Entitlements, normalizeEntitlements } from "./entitlements.js";
import { annualPriceCents } from "./plan-pricing.js";

export interface PlanView {
  id: string;
  name: string;
  description: string;
  monthlyPriceCents: number;
  annualPriceCents: number;
  annualDiscountPct: number;
  usageCreditsPerMonth: number;
  creditResetPolicy: CreditResetPolicy;
  bonusCredits: number;
  userLimit: number;
  entitlements: Entitlements;
  isSystem: boolean;
}

export interface AdminPlanView extends PlanView {
  subscriberCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface BundleView {
  id: string;
  name: string;
  credits: number;
  priceCents: number;
  isActive: boolean;
  sortOrder: number;
}

export interface AdminBundleView extends BundleView {
  createdAt: Date;
}

export function toPlanView(row: PlanRow): PlanView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    monthlyPriceCents: row.monthlyPriceCents,
    annualPriceCents: annualPriceCents(row),
    annualDiscountPct: row.annualDiscountPct,
    usageCreditsPerMonth: row.usageCreditsPerMonth,
    creditResetPolicy: row.creditResetPolicy,
    bonusCredits: row.bonusCredits,
    userLimit: row.userLimit,
    entitlements: normalizeEntitlements(row.entitlements),
    isSystem: row.isSystem,
  };
}

export function toAdminPlanView(row: PlanRowWithSubscribers): AdminPlanView {
  return {
    ...toPlanView(row),
    subscriberCount: row.subscriberCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toBundleView(row: BundleRow): BundleView {
  return {
    id: row.id,
    name: row.name,
    credits: row.credits,
    priceCents: row.priceCents,
    isActive: row.isActive,
    sortOrder: row.sortOrder,
  };
}

export function toAdminBundleView(row: BundleRow): AdminBundleView {
  return { ...toBundleView(row), createdAt: row.createdAt };
}
