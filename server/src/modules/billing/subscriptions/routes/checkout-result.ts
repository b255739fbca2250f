import { tenantProcedure } from "../../../../trpc/procedures.js";
import { checkoutResult } from "../services/manage-subscription.service.js";
import { checkoutResultInput, checkoutResultMeta, checkoutResultOutput } from "./subscription.types.js";

export const checkoutResultRoute = tenantProcedure
  .meta(checkoutResultMeta)
  .input(checkoutResultInput)
  .output(checkoutResultOutput)
  .query(({ ctx, input }) => checkoutResult(ctx.deps, ctx.tenant.tenantId, input.sessionId));
