import { roleProcedure } from "../../../trpc/procedures.js";
import { renameCurrentTenant } from "../services/tenants.service.js";
import { tenantActor } from "./tenant-actor.js";
import { renameTenantInput, renameTenantMeta, tenantOutput } from "./tenants.types.js";

export const renameTenantRoute = roleProcedure("admin")
  .meta(renameTenantMeta)
  .input(renameTenantInput)
  .output(tenantOutput)
  .mutation(async ({ ctx, input }) => ({
    tenant: await renameCurrentTenant(ctx.deps, tenantActor(ctx), input.name),
  }));
