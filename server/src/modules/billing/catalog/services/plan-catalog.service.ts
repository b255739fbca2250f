import type { AppDeps } from "../../../../app-deps.js";
import { AppError } from "../../../../lib/errors.js";
import {
  findPlatformPlanWithSubscribers,
  listPlatformPlansByAge,
  listPlatformPlansWithSubscribers,
} from "../repositories/plan.repository.js";
import { type AdminPlanView, toAdminPlanView } from "./catalog-views.js";
import { entitlementKeysOf, normalizeEntitlements } from "./entitlements.js";

export const PLAN_NOT_FOUND = "Plan not found";

export async function listAdminPlans(deps: AppDeps): Promise<{ plans: AdminPlanView[] }> {
  const rows = await listPlatformPlansWithSubscribers(deps.db);
  return { plans: rows.map(toAdminPlanView) };
}

export async function getAdminPlan(deps: AppDeps, planId: string): Promise<AdminPlanView> {
  const row = await findPlatformPlanWithSubscribers(deps.db, planId);
  if (!row) throw new AppError("NOT_FOUND", PLAN_NOT_FOUND);
  return toAdminPlanView(row);
}

/** The keys admins have used so far, to offer them again when editing a plan. */
export async function listEntitlementKeys(deps: AppDeps) {
  const plans = await listPlatformPlansByAge(deps.db);
  return {
    keys: entitlementKeysOf(
      plans.map((plan) => ({ entitlements: normalizeEntitlements(plan.entitlements) })),
    ),
  };
}
