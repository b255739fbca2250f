import { userProcedure } from "../../../trpc/procedures.js";
import { listSessions } from "../services/account-sessions.service.js";
import { listSessionsInput, listSessionsMeta, listSessionsOutput } from "./account.types.js";

export const listSessionsRoute = userProcedure
  .meta(listSessionsMeta)
  .input(listSessionsInput)
  .output(listSessionsOutput)
  .query(({ ctx, input }) => listSessions(ctx.deps, ctx.principal, input));
