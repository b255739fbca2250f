import { tenantProcedure } from "../../../../trpc/procedures.js";
import { spendTenantCredits } from "../services/tenant-credits.service.js";
import { spendInput, spendMeta, spendOutput } from "./credits.types.js";

/** Any member, and user API keys naming the tenant: products meter usage from their backend. */
export const spendCreditsRoute = tenantProcedure
  .meta(spendMeta)
  .input(spendInput)
  .output(spendOutput)
  .mutation(({ ctx, input }) => spendTenantCredits(ctx.deps, ctx.tenant.tenantId, input));
