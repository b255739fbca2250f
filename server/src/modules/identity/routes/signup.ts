import { publicProcedure } from "../../../trpc/procedures.js";
import { signup } from "../services/signup.service.js";
import { authResultOutput } from "./auth-views.types.js";
import { signupInput, signupMeta } from "./signup.types.js";

export const signupRoute = publicProcedure
  .meta(signupMeta)
  .input(signupInput)
  .output(authResultOutput)
  .mutation(({ ctx, input }) => signup(ctx.deps, input, ctx.request));
