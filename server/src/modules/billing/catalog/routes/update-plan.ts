import { platformAdminProcedure } from "../../../../trpc/procedures.js";
import { updatePlan } from "../services/plan-changes.service.js";
import { updatePlanInput, updatePlanMeta } from "./admin-plans.types.js";
import { catalogActor } from "./catalog-actor.js";
import { adminPlanView } from "./plan-views.types.js";

export const updatePlanRoute = platformAdminProcedure
  .meta(updatePlanMeta)
  .input(updatePlanInput)
  .output(adminPlanView)
  .mutation(({ ctx, input: { planId, ...fields } }) =>
    updatePlan(ctx.deps, catalogActor(ctx), planId, fields),
  );
