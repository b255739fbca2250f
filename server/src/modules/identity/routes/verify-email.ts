import { publicProcedure } from "../../../trpc/procedures.js";
import { verifyEmail } from "../services/email-verification.service.js";
import { messageOutput } from "./auth-views.types.js";
import { verifyEmailInput, verifyEmailMeta } from "./verify-email.types.js";

export const verifyEmailRoute = publicProcedure
  .meta(verifyEmailMeta)
  .input(verifyEmailInput)
  .output(messageOutput)
  .mutation(async ({ ctx, input }) => {
    await verifyEmail(ctx.deps, input.token, ctx.request);
    return { message: "Email verified successfully" };
  });
