import { userProcedure } from "../../../trpc/procedures.js";
import { signOutOtherSessions } from "../services/account-sessions.service.js";
import {
  revokeOtherSessionsInput,
  revokeOtherSessionsMeta,
  revokeOtherSessionsOutput,
} from "./account.types.js";

export const revokeOtherSessionsRoute = userProcedure
  .meta(revokeOtherSessionsMeta)
  .input(revokeOtherSessionsInput)
  .output(revokeOtherSessionsOutput)
  .mutation(async ({ ctx }) => {
    const count = await signOutOtherSessions(ctx.deps, ctx.principal, ctx.request);
    return { message: `Signed out ${count} other session${count === 1 ? "" : "s"}`, count };
  });
