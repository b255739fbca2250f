import { tenantProcedure } from "../../../trpc/procedures.js";
import { listMembers } from "../services/members.service.js";
import { listMembersInput, listMembersMeta, listMembersOutput } from "./members.types.js";

export const listMembersRoute = tenantProcedure
  .meta(listMembersMeta)
  .input(listMembersInput)
  .output(listMembersOutput)
  .query(({ ctx, input }) => listMembers(ctx.deps, ctx.tenant, input));
