import type { Context } from "../../../trpc/context.js";
import type { Principal } from "../../identity/principal.js";
import type { InvitationActor } from "../services/invitations.service.js";
import type { TenantAccess } from "../services/tenant-access.service.js";

export function invitationActor(
  ctx: Context & { principal: Principal; tenant: TenantAccess },
): InvitationActor {
  return { access: ctx.tenant, actorId: ctx.principal.userId, origin: ctx.request };
}
