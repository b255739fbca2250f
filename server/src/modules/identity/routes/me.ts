import { userProcedure } from "../../../trpc/procedures.js";
import { getProfile } from "../services/profile.service.js";
import { profileOutput } from "./auth-views.types.js";
import { meInput, meMeta } from "./me.types.js";

export const meRoute = userProcedure
  .meta(meMeta)
  .input(meInput)
  .output(profileOutput)
  .query(({ ctx }) => getProfile(ctx.deps.db, ctx.principal.userId));
