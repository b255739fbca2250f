import { z } from "zod";
import { tenantProcedure } from "../../../../trpc/procedures.js";
import { tenantBillingState } from "../../customers/billing-state.service.js";
import { statusMeta, statusOutput } from "./subscription.types.js";

const planKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Seed 001's shape (snake_case) for clients built against it. */
export const statusRoute = tenantProcedure
  .meta(statusMeta)
  .input(z.void())
  .output(statusOutput)
  .query(async ({ ctx }) => {
    const state = await tenantBillingState(ctx.deps, ctx.tenant.tenantId);
    const plan = await ctx.deps.db.plan.findUniqueOrThrow({ where: { id: state.currentPlanId } });
    return {
      plan: planKey(plan.name),
      status: state.billingStatus,
      current_period_end: state.currentPeriodEnd,
      cancel_at_period_end: state.cancelAtPeriodEnd,
    };
  });
