import { roleProcedure } from "../../../trpc/procedures.js";
import { revokeInvitationById } from "../services/invitations.service.js";
import { revokeInvitationInput, revokeInvitationMeta } from "./invitations.types.js";
import { messageOutput } from "./members.types.js";
import { tenantActor } from "./tenant-actor.js";

export const revokeInvitationRoute = roleProcedure("admin")
  .meta(revokeInvitationMeta)
  .input(revokeInvitationInput)
  .output(messageOutput)
  .mutation(async ({ ctx, input }) => {
    await revokeInvitationById(ctx.deps, tenantActor(ctx), input.invitationId);
    return { message: "Invitation revoked" };
  });
