import type { Context } from "../../../trpc/context.js";
import type { Principal } from "../../identity/principal.js";
import type { MemberAction } from "../services/members.service.js";
import type { TenantAccess } from "../services/tenant-access.service.js";

/** The service's view of "this caller, in this tenant, acting on that member". */
export function memberAction(
  ctx: Context & { principal: Principal; tenant: TenantAccess },
  targetUserId: string,
): MemberAction {
  return { access: ctx.tenant, actorId: ctx.principal.userId, targetUserId, origin: ctx.request };
}
