import { platformAdminProcedure } from "../../../../trpc/procedures.js";
import { createPlan } from "../services/plan-changes.service.js";
import { createPlanInput, createPlanMeta } from "./admin-plans.types.js";
import { catalogActor } from "./catalog-actor.js";
import { adminPlanView } from "./plan-views.types.js";

export const createPlanRoute = platformAdminProcedure
  .meta(createPlanMeta)
  .input(createPlanInput)
  .output(adminPlanView)
  .mutation(({ ctx, input }) => createPlan(ctx.deps, catalogActor(ctx), input));
