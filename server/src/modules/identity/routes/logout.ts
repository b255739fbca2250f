import { userProcedure } from "../../../trpc/procedures.js";
import { closeSession } from "../services/sessions.service.js";
import { messageOutput } from "./auth-views.types.js";
import { logoutInput, logoutMeta } from "./logout.types.js";

export const logoutRoute = userProcedure
  .meta(logoutMeta)
  .input(logoutInput)
  .output(messageOutput)
  .mutation(async ({ ctx, input }) => {
    await closeSession(ctx.deps, ctx.principal, input?.refreshToken, ctx.request);
    return { message: "Logged out successfully" };
  });
