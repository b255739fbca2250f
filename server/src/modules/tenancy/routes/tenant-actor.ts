import type { Context } from "../../../trpc/context.js";
import type { Principal } from "../../identity/principal.js";
import type { TenantAccess, TenantActor } from "../services/tenant-access.service.js";

/** The service's view of "this caller, acting in this tenant". */
export function tenantActor(ctx: Context & { principal: Principal; tenant: TenantAccess }): TenantActor {
  return { access: ctx.tenant, actorId: ctx.principal.userId, origin: ctx.request };
}
