import { publicProcedure } from "../../../trpc/procedures.js";
import { checkResetToken } from "../services/password-reset.service.js";
import {
  checkResetTokenInput,
  checkResetTokenMeta,
  checkResetTokenOutput,
} from "./check-reset-token.types.js";

export const checkResetTokenRoute = publicProcedure
  .meta(checkResetTokenMeta)
  .input(checkResetTokenInput)
  .output(checkResetTokenOutput)
  .mutation(({ ctx, input }) => checkResetToken(ctx.deps, input.token));
