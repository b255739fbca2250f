import { tenantProcedure } from "../../../../trpc/procedures.js";
import { creditBalance } from "../services/tenant-credits.service.js";
import { balanceInput, balanceMeta, balanceOutput } from "./credits.types.js";

export const creditBalanceRoute = tenantProcedure
  .meta(balanceMeta)
  .input(balanceInput)
  .output(balanceOutput)
  .query(({ ctx }) => creditBalance(ctx.deps, ctx.tenant.tenantId));
