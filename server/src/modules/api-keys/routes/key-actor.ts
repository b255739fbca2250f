import type { Context } from "../../../trpc/context.js";
import type { Principal } from "../../identity/principal.js";
import type { TenantAccess } from "../../tenancy/services/tenant-access.service.js";
import type { KeyActor } from "../services/api-keys.service.js";

export function keyActor(ctx: Context & { principal: Principal; tenant: TenantAccess }): KeyActor {
  return { userId: ctx.principal.userId, rootTenantId: ctx.tenant.tenantId, origin: ctx.request };
}
