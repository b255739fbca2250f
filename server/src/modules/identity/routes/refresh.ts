import { publicProcedure } from "../../../trpc/procedures.js";
import { refreshSession } from "../services/sessions.service.js";
import { authResultOutput } from "./auth-views.types.js";
import { refreshInput, refreshMeta } from "./refresh.types.js";

export const refreshRoute = publicProcedure
  .meta(refreshMeta)
  .input(refreshInput)
  .output(authResultOutput)
  .mutation(({ ctx, input }) => refreshSession(ctx.deps, input.refreshToken, ctx.request));
