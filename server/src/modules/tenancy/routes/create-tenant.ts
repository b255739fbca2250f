import { userProcedure } from "../../../trpc/procedures.js";
import { createTenant } from "../services/tenants.service.js";
import { createTenantInput, createTenantMeta, createTenantOutput } from "./tenants.types.js";

export const createTenantRoute = userProcedure
  .meta(createTenantMeta)
  .input(createTenantInput)
  .output(createTenantOutput)
  .mutation(async ({ ctx, input }) => ({
    tenant: await createTenant(ctx.deps, ctx.principal.userId, input.name, ctx.request),
  }));
