import { deletedOutput } from "../../../../lib/input-fields.js";
import { platformAdminProcedure } from "../../../../trpc/procedures.js";
import { deletePlan } from "../services/plan-changes.service.js";
import { deletePlanInput, deletePlanMeta } from "./admin-plans.types.js";
import { catalogActor } from "./catalog-actor.js";

export const deletePlanRoute = platformAdminProcedure
  .meta(deletePlanMeta)
  .input(deletePlanInput)
  .output(deletedOutput)
  .mutation(async ({ ctx, input }) => {
    await deletePlan(ctx.deps, catalogActor(ctx), input.planId);
    return { status: "deleted" as const };
  });
