import { userProcedure } from "../../../trpc/procedures.js";
import { acceptInvitation } from "../services/invitations.service.js";
import { acceptInvitationInput, acceptInvitationMeta, acceptInvitationOutput } from "./invitations.types.js";

export const acceptInvitationRoute = userProcedure
  .meta(acceptInvitationMeta)
  .input(acceptInvitationInput)
  .output(acceptInvitationOutput)
  .mutation(async ({ ctx, input }) => ({
    message: "Invitation accepted",
    memberships: await acceptInvitation(ctx.deps, ctx.principal.userId, input.token, ctx.request),
  }));
