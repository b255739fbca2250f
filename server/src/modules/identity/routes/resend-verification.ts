import { publicProcedure } from "../../../trpc/procedures.js";
import { resendVerification } from "../services/email-verification.service.js";
import { messageOutput } from "./auth-views.types.js";
import { resendVerificationInput, resendVerificationMeta } from "./resend-verification.types.js";

export const resendVerificationRoute = publicProcedure
  .meta(resendVerificationMeta)
  .input(resendVerificationInput)
  .output(messageOutput)
  .mutation(async ({ ctx, input }) => {
    await resendVerification(ctx.deps, input.email, ctx.request);
    return { message: "If the email exists, a verification link has been sent" };
  });
