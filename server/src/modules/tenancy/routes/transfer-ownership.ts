import { tenantProcedure } from "../../../trpc/procedures.js";
import { transferOwnership } from "../services/members.service.js";
import { memberAction } from "./member-action.js";
import { memberTarget, messageOutput, transferOwnershipMeta } from "./members.types.js";

export const transferOwnershipRoute = tenantProcedure
  .meta(transferOwnershipMeta)
  .input(memberTarget)
  .output(messageOutput)
  .mutation(async ({ ctx, input }) => {
    await transferOwnership(ctx.deps, memberAction(ctx, input.userId));
    return { message: "Ownership transferred" };
  });
