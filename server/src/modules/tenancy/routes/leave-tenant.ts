import { tenantProcedure } from "../../../trpc/procedures.js";
import { leaveTenant } from "../services/tenants.service.js";
import { tenantActor } from "./tenant-actor.js";
import { leaveTenantInput, leaveTenantMeta, leaveTenantOutput } from "./tenants.types.js";

export const leaveTenantRoute = tenantProcedure
  .meta(leaveTenantMeta)
  .input(leaveTenantInput)
  .output(leaveTenantOutput)
  .mutation(async ({ ctx }) => {
    await leaveTenant(ctx.deps, { ...tenantActor(ctx), viaApiKey: ctx.principal.kind === "apiKey" });
    return { message: "You left the tenant" };
  });
