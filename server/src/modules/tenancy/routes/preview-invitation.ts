import { publicProcedure } from "../../../trpc/procedures.js";
import { previewInvitation } from "../services/invitations.service.js";
import {
  previewInvitationInput,
  previewInvitationMeta,
  previewInvitationOutput,
} from "./invitations.types.js";

export const previewInvitationRoute = publicProcedure
  .meta(previewInvitationMeta)
  .input(previewInvitationInput)
  .output(previewInvitationOutput)
  .mutation(({ ctx, input }) => previewInvitation(ctx.deps, input.token));
