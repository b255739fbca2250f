import { publicProcedure } from "../../../trpc/procedures.js";
import { recordClientError } from "../services/client-error.service.js";
import {
  reportClientErrorInput,
  reportClientErrorMeta,
  reportClientErrorOutput,
} from "./report-client-error.types.js";

export const reportClientErrorRoute = publicProcedure
  .meta(reportClientErrorMeta)
  .input(reportClientErrorInput)
  .output(reportClientErrorOutput)
  .mutation(async ({ ctx, input }) => {
    await ctx.deps.rateLimits.consume("clientErrorsPerIp", ctx.request.ip);
    recordClientError(ctx.log, { ...input, userAgent: ctx.request.userAgent });
    return { received: true as const };
  });
