import { publicProcedure } from "../../../trpc/procedures.js";
import { resetPassword } from "../services/password-reset.service.js";
import { messageOutput } from "./auth-views.types.js";
import { resetPasswordInput, resetPasswordMeta } from "./reset-password.types.js";

export const resetPasswordRoute = publicProcedure
  .meta(resetPasswordMeta)
  .input(resetPasswordInput)
  .output(messageOutput)
  .mutation(async ({ ctx, input }) => {
    await resetPassword(ctx.deps, input, ctx.request);
    return { message: "Password reset successfully" };
  });
