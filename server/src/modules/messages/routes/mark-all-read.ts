import { userProcedure } from "../../../trpc/procedures.js";
import { markAllRead } from "../services/messages.service.js";
import { markAllReadInput, markAllReadMeta, markAllReadOutput } from "./messages.types.js";

export const markAllReadRoute = userProcedure
  .meta(markAllReadMeta)
  .input(markAllReadInput)
  .output(markAllReadOutput)
  .mutation(async ({ ctx }) => {
    const count = await markAllRead(ctx.deps, ctx.principal.userId);
    return { message: count === 1 ? "1 message marked as read" : `${count} messages marked as read`, count };
  });
