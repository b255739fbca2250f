import { platformAdminProcedure } from "../../../trpc/procedures.js";
import { searchAuditLog } from "../services/audit-search.js";
import { listAuditLogsInput, listAuditLogsMeta, listAuditLogsOutput } from "./audit.types.js";

export const listAuditLogsRoute = platformAdminProcedure
  .meta(listAuditLogsMeta)
  .input(listAuditLogsInput)
  .output(listAuditLogsOutput)
  .query(({ ctx, input }) => searchAuditLog(ctx.deps.db, input ?? {}));
