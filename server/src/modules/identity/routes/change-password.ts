import { userProcedure } from "../../../trpc/procedures.js";
import { changePassword } from "../services/change-password.service.js";
import { messageOutput } from "./auth-views.types.js";
import { changePasswordInput, changePasswordMeta } from "./change-password.types.js";

export const changePasswordRoute = userProcedure
  .meta(changePasswordMeta)
  .input(changePasswordInput)
  .output(messageOutput)
  .mutation(async ({ ctx, input }) => {
    await changePassword(ctx.deps, ctx.principal, input, ctx.request);
    return { message: "Password changed successfully" };
  });
