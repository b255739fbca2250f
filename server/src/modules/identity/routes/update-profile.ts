import { userProcedure } from "../../../trpc/procedures.js";
import { updateProfile } from "../services/profile.service.js";
import { updateProfileInput, updateProfileMeta, updateProfileOutput } from "./account.types.js";

export const updateProfileRoute = userProcedure
  .meta(updateProfileMeta)
  .input(updateProfileInput)
  .output(updateProfileOutput)
  .mutation(async ({ ctx, input }) => ({
    user: await updateProfile(ctx.deps.db, ctx.principal.userId, input),
  }));
