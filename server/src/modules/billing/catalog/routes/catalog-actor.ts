import type { Context } from "../../../../trpc/context.js";
import type { Principal } from "../../../identity/principal.js";
import type { TenantAccess } from "../../../tenancy/services/tenant-access.service.js";
import type { CatalogActor } from "../services/catalog-actor.js";

export function catalogActor(ctx: Context & { principal: Principal; tenant: TenantAccess }): CatalogActor {
  return { userId: ctx.principal.userId, rootTenantId: ctx.tenant.tenantId, origin: ctx.request };
}
