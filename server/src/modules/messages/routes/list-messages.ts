import { userProcedure } from "../../../trpc/procedures.js";
import { listMessages } from "../services/messages.service.js";
import { listMessagesInput, listMessagesMeta, listMessagesOutput } from "./messages.types.js";

export const listMessagesRoute = userProcedure
  .meta(listMessagesMeta)
  .input(listMessagesInput)
  .output(listMessagesOutput)
  .query(({ ctx, input }) => listMessages(ctx.deps, ctx.principal.userId, input));
