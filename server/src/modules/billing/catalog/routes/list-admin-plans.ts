import { platformAdminProcedure } from "../../../../trpc/procedures.js";
import { listAdminPlans } from "../services/plan-catalog.service.js";
import { listAdminPlansInput, listAdminPlansMeta, listAdminPlansOutput } from "./admin-plans.types.js";

export const listAdminPlansRoute = platformAdminProcedure
  .meta(listAdminPlansMeta)
  .input(listAdminPlansInput)
  .output(listAdminPlansOutput)
  .query(({ ctx }) => listAdminPlans(ctx.deps));
