import { tenantProcedure } from "../../../../trpc/procedures.js";
import { tenantPlans } from "../services/tenant-catalog.service.js";
import { tenantPlansInput, tenantPlansMeta, tenantPlansOutput } from "./tenant-catalog.types.js";

export const tenantPlansRoute = tenantProcedure
  .meta(tenantPlansMeta)
  .input(tenantPlansInput)
  .output(tenantPlansOutput)
  .query(({ ctx }) => tenantPlans(ctx.deps, ctx.tenant.tenantId));
