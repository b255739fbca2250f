import type { CreditResetPolicy } from "@baseplate/db";
import type { AppDeps } from "../../../../app-deps.js";
import { AppError } from "../../../../lib/errors.js";
import { isForeignKeyViolation, isUniqueViolation } from "../../../../lib/prisma-errors.js";
import { writeAudit } from "../../../audit/repositories/audit.repository.js";
import {
  countLiveSubscriptionsOnPlan,
  countTenantsOnPlan,
  deletePlan as deletePlanRow,
  findPlatformPlanWithSubscribers,
  insertPlatformPlan,
  lockPlatformPlan,
  type PlanWrite,
  updatePlan as updatePlanRow,
} from "../repositories/plan.repository.js";
import type { CatalogActor } from "./catalog-actor.js";
import { type AdminPlanView, toAdminPlanView } from "./catalog-views.js";
import { normalizeEntitlements } from "./entitlements.js";
import { changedFields } from "./field-changes.js";
import { PLAN_NOT_FOUND } from "./plan-catalog.service.js";
import { planProductKey, renameStripeProduct } from "./stripe-catalog.service.js";

/** Plan fields as the admin routes deliver them (entitlements in either accepted form). */
export interface PlanInput {
  name?: string;
  description?: string;
  monthlyPriceCents?: number;
  annualDiscountPct?: number;
  usageCreditsPerMonth?: number;
  creditResetPolicy?: CreditResetPolicy;
  bonusCredits?: number;
  userLimit?: number;
  entitlements?: Record<string, unknown>;
}

function toWrite({ entitlements, ...fields }: PlanInput): PlanWrite {
  return { ...fields, ...(entitlements ? { entitlements: normalizeEntitlements(entitlements) } : {}) };
}

const duplicateName = (name: string) => new AppError("CONFLICT", `A plan named "${name}" already exists`);

async function adminView(deps: AppDeps, planId: string): Promise<AdminPlanView> {
  const row = await findPlatformPlanWithSubscribers(deps.db, planId);
  if (!row) throw new AppError("NOT_FOUND", PLAN_NOT_FOUND);
  return toAdminPlanView(row);
}

export async function createPlan(
  deps: AppDeps,
  actor: CatalogActor,
  input: PlanInput & { name: string },
): Promise<AdminPlanView> {
  const data = { ...toWrite(input), name: input.name };
  try {
    const plan = await deps.db.$transaction(async (tx) => {
      const created = await insertPlatformPlan(tx, data);
      await writeAudit(tx, {
        action: "billing.plan_created",
        userId: actor.userId,
        tenantId: actor.rootTenantId,
        message: `Created the plan ${created.name}`,
        metadata: { planId: created.id, fields: data },
        request: actor.origin,
      });
      return created;
    });
    return adminView(deps, plan.id);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(input.name);
    throw error;
  }
}

/** Fields left out stay as they are; entitlements, when given, replace the whole set. */
export async function updatePlan(
  deps: AppDeps,
  actor: CatalogActor,
  planId: string,
  input: PlanInput,
): Promise<AdminPlanView> {
  const data = toWrite(input);
  let newName: string | null;
  try {
    newName = await deps.db.$transaction(async (tx) => {
      const before = await lockPlatformPlan(tx, planId);
      if (!before) throw new AppError("NOT_FOUND", PLAN_NOT_FOUND);
      const changes = changedFields(before, data);
      if (changes.name && before.isSystem) {
        throw new AppError("CONFLICT", `${before.name} is the system plan: it cannot be renamed`);
      }
      if (Object.keys(changes).length === 0) return null;
      const after = await updatePlanRow(tx, planId, data);
      await writeAudit(tx, {
        action: "billing.plan_updated",
        userId: actor.userId,
        tenantId: actor.rootTenantId,
        message: `Updated the plan ${after.name}`,
        metadata: { planId, changes },
        request: actor.origin,
      });
      return changes.name ? after.name : null;
    });
  } catch (error) {
    if (isUniqueViolation(error) && input.name) throw duplicateName(input.name);
    throw error;
  }
  if (newName) await renameStripeProduct(deps, planProductKey(planId), newName);
  return adminView(deps, planId);
}

function reassignFirst(count: number | null): AppError {
  const subscribers = count === null ? "subscribers" : `${count} subscriber${count === 1 ? "" : "s"}`;
  return new AppError("CONFLICT", `Tenants are on this plan. Reassign its ${subscribers} first`);
}

/**
 * The plan row is locked first: moving a tenant or a subscription onto it waits for this
 * transaction, so the counts cannot go stale before the delete. The RESTRICT foreign key from
 * Tenant.planId stays the last word (P2003).
 */
export async function deletePlan(deps: AppDeps, actor: CatalogActor, planId: string): Promise<void> {
  try {
    await deps.db.$transaction(async (tx) => {
      const plan = await lockPlatformPlan(tx, planId);
      if (!plan) throw new AppError("NOT_FOUND", PLAN_NOT_FOUND);
      if (plan.isSystem)
        throw new AppError("CONFLICT", `${plan.name} is the system plan: it cannot be deleted`);
      const tenants = await countTenantsOnPlan(tx, planId);
      if (tenants > 0) throw reassignFirst(tenants);
      const live = await countLiveSubscriptionsOnPlan(tx, planId);
      if (live > 0) {
        throw new AppError(
          "CONFLICT",
          `This plan has ${live} live subscription${live === 1 ? "" : "s"}; they must end or move to another plan first`,
        );
      }
      await deletePlanRow(tx, planId);
      await writeAudit(tx, {
        action: "billing.plan_deleted",
        severity: "high",
        userId: actor.userId,
        tenantId: actor.rootTenantId,
        message: `Deleted the plan ${plan.name}`,
        metadata: { planId, name: plan.name },
        request: actor.origin,
      });
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw reassignFirst(null);
    throw error;
  }
}
