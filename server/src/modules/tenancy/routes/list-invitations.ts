import { roleProcedure } from "../../../trpc/procedures.js";
import { listInvitations } from "../services/invitations.service.js";
import { listInvitationsInput, listInvitationsMeta, listInvitationsOutput } from "./invitations.types.js";

export const listInvitationsRoute = roleProcedure("admin")
  .meta(listInvitationsMeta)
  .input(listInvitationsInput)
  .output(listInvitationsOutput)
  .query(({ ctx, input }) => listInvitations(ctx.deps, ctx.tenant, input));
