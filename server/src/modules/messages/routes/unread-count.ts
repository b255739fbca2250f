import { userProcedure } from "../../../trpc/procedures.js";
import { unreadMessageCount } from "../services/messages.service.js";
import { unreadCountInput, unreadCountMeta, unreadCountOutput } from "./messages.types.js";

export const unreadCountRoute = userProcedure
  .meta(unreadCountMeta)
  .input(unreadCountInput)
  .output(unreadCountOutput)
  .query(async ({ ctx }) => ({ count: await unreadMessageCount(ctx.deps, ctx.principal.userId) }));
