import { userProcedure } from "../../../trpc/procedures.js";
import { markRead } from "../services/messages.service.js";
import { markReadInput, markReadMeta, markReadOutput } from "./messages.types.js";

export const markReadRoute = userProcedure
  .meta(markReadMeta)
  .input(markReadInput)
  .output(markReadOutput)
  .mutation(async ({ ctx, input }) => {
    await markRead(ctx.deps, ctx.principal.userId, input.messageId);
    return { message: "Marked as read" };
  });
