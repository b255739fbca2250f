import { platformAdminProcedure } from "../../../../trpc/procedures.js";
import { getAdminPlan } from "../services/plan-catalog.service.js";
import { getAdminPlanInput, getAdminPlanMeta } from "./admin-plans.types.js";
import { adminPlanView } from "./plan-views.types.js";

export const getAdminPlanRoute = platformAdminProcedure
  .meta(getAdminPlanMeta)
  .input(getAdminPlanInput)
  .output(adminPlanView)
  .query(({ ctx, input }) => getAdminPlan(ctx.deps, input.planId));
