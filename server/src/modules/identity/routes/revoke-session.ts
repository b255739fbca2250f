import { userProcedure } from "../../../trpc/procedures.js";
import { signOutSession } from "../services/account-sessions.service.js";
import { revokeSessionInput, revokeSessionMeta } from "./account.types.js";
import { messageOutput } from "./auth-views.types.js";

export const revokeSessionRoute = userProcedure
  .meta(revokeSessionMeta)
  .input(revokeSessionInput)
  .output(messageOutput)
  .mutation(async ({ ctx, input }) => {
    await signOutSession(ctx.deps, ctx.principal, input.sessionId, ctx.request);
    return { message: "Session signed out" };
  });
