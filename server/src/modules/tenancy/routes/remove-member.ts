import { tenantProcedure } from "../../../trpc/procedures.js";
import { removeMember } from "../services/members.service.js";
import { memberAction } from "./member-action.js";
import { memberTarget, messageOutput, removeMemberMeta } from "./members.types.js";

export const removeMemberRoute = tenantProcedure
  .meta(removeMemberMeta)
  .input(memberTarget)
  .output(messageOutput)
  .mutation(async ({ ctx, input }) => {
    await removeMember(ctx.deps, memberAction(ctx, input.userId));
    return { message: "Member removed" };
  });
