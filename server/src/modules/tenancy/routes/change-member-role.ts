import { tenantProcedure } from "../../../trpc/procedures.js";
import { changeMemberRole } from "../services/members.service.js";
import { memberAction } from "./member-action.js";
import { changeRoleInput, changeRoleMeta, messageOutput } from "./members.types.js";

export const changeMemberRoleRoute = tenantProcedure
  .meta(changeRoleMeta)
  .input(changeRoleInput)
  .output(messageOutput)
  .mutation(async ({ ctx, input }) => {
    await changeMemberRole(ctx.deps, memberAction(ctx, input.userId), input.role);
    return { message: "Role updated" };
  });
