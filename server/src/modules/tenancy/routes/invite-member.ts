import { roleProcedure } from "../../../trpc/procedures.js";
import { inviteMember } from "../services/invitations.service.js";
import { inviteInput, inviteMeta } from "./invitations.types.js";
import { messageOutput } from "./members.types.js";
import { tenantActor } from "./tenant-actor.js";

export const inviteMemberRoute = roleProcedure("admin")
  .meta(inviteMeta)
  .input(inviteInput)
  .output(messageOutput)
  .mutation(async ({ ctx, input }) => {
    await inviteMember(ctx.deps, tenantActor(ctx), input);
    return { message: "Invitation sent" };
  });
