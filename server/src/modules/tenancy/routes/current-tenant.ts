import { tenantProcedure } from "../../../trpc/procedures.js";
import { currentTenant } from "../services/tenants.service.js";
import { currentTenantInput, currentTenantMeta, tenantOutput } from "./tenants.types.js";

export const currentTenantRoute = tenantProcedure
  .meta(currentTenantMeta)
  .input(currentTenantInput)
  .output(tenantOutput)
  .query(async ({ ctx }) => ({ tenant: await currentTenant(ctx.deps, ctx.tenant) }));
