import { router } from "../../trpc/init.js";
import { defineModule } from "../app-module.js";
import { listAuditLogsRoute } from "./routes/list-audit-logs.js";
import { verifyAuditChainRoute } from "./routes/verify-audit-chain.js";
import { startAuditSealer } from "./services/audit-sealer.js";

/** The audit log for operators: search, and a hash chain that shows whether it was altered. */
export const auditModule = defineModule({
  name: "audit",
  routers: { adminAudit: router({ list: listAuditLogsRoute, verifyChain: verifyAuditChainRoute }) },
  background: startAuditSealer,
  openApiTags: [
    {
      name: "admin-audit",
      description: "The audit log (platform administrators): every change, searchable, hash-chained",
    },
  ],
});
