import { publicProcedure } from "../../../trpc/procedures.js";
import { requestPasswordReset } from "../services/password-reset.service.js";
import { messageOutput } from "./auth-views.types.js";
import { forgotPasswordInput, forgotPasswordMeta } from "./forgot-password.types.js";

export const forgotPasswordRoute = publicProcedure
  .meta(forgotPasswordMeta)
  .input(forgotPasswordInput)
  .output(messageOutput)
  .mutation(async ({ ctx, input }) => {
    await requestPasswordReset(ctx.deps, input.email, ctx.request);
    return { message: "If the email exists, a password reset link has been sent" };
  });
