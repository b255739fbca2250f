import { platformAdminProcedure } from "../../../trpc/procedures.js";
import { verifyAuditChain } from "../services/audit-chain.js";
import { verifyAuditChainInput, verifyAuditChainMeta, verifyAuditChainOutput } from "./audit.types.js";

export const verifyAuditChainRoute = platformAdminProcedure
  .meta(verifyAuditChainMeta)
  .input(verifyAuditChainInput)
  .output(verifyAuditChainOutput)
  .query(({ ctx }) => verifyAuditChain(ctx.deps.db, ctx.deps.clock.now()));
