import { roleProcedure } from "../../../trpc/procedures.js";
import { listInvitations } from "../services/invitations.service.js";
import { listInvitationsInput, listInvitationsMeta, listInvitationsOutput } from "./invitations.types.js";

export const listInvitationsRoute = roleProcedure("admin")
  .meta(listInvitationsMeta)
  .input(listInvitationsInput)
  .output(listInvitationsOutput)
  .query(async ({ ctx }) => ({ invitations: await listInvitations(ctx.deps, ctx.tenant) }));
