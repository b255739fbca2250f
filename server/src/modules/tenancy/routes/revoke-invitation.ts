import { roleProcedure } from "../../../trpc/procedures.js";
import { revokeInvitationById } from "../services/invitations.service.js";
import { invitationActor } from "./invitation-actor.js";
import { revokeInvitationInput, revokeInvitationMeta } from "./invitations.types.js";
import { messageOutput } from "./members.types.js";

export const revokeInvitationRoute = roleProcedure("admin")
  .meta(revokeInvitationMeta)
  .input(revokeInvitationInput)
  .output(messageOutput)
  .mutation(async ({ ctx, input }) => {
    await revokeInvitationById(ctx.deps, invitationActor(ctx), input.invitationId);
    return { message: "Invitation revoked" };
  });
