import { publicProcedure } from "../../../trpc/procedures.js";
import { login } from "../services/login.service.js";
import { authResultOutput } from "./auth-views.types.js";
import { loginInput, loginMeta } from "./login.types.js";

export const loginRoute = publicProcedure
  .meta(loginMeta)
  .input(loginInput)
  .output(authResultOutput)
  .mutation(({ ctx, input }) => login(ctx.deps, input, ctx.request));
