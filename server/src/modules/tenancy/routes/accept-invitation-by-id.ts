import { userProcedure } from "../../../trpc/procedures.js";
import { acceptInvitationById } from "../services/invitations.service.js";
import {
  acceptInvitationByIdInput,
  acceptInvitationByIdMeta,
  acceptInvitationOutput,
} from "./invitations.types.js";

export const acceptInvitationByIdRoute = userProcedure
  .meta(acceptInvitationByIdMeta)
  .input(acceptInvitationByIdInput)
  .output(acceptInvitationOutput)
  .mutation(async ({ ctx, input }) => ({
    message: "Invitation accepted",
    memberships: await acceptInvitationById(ctx.deps, ctx.principal.userId, input.invitationId, ctx.request),
  }));
