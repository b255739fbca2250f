import type { AuditSeverity, DbClient, DbTx, Prisma } from "@baseplate/db";
import type { RequestOrigin } from "../../../lib/request-origin.js";

export interface AuditEntry {
  action: string;
  severity?: AuditSeverity;
  message?: string;
  userId?: string | null;
  tenantId?: string | null;
  metadata?: Prisma.InputJsonObject;
  request?: RequestOrigin;
}

/** Written with the same client (usually the transaction) as the change it records. */
export async function writeAudit(db: DbClient | DbTx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      action: entry.action,
      severity: entry.severity ?? "low",
      message: entry.message ?? "",
      userId: entry.userId ?? null,
      tenantId: entry.tenantId ?? null,
      metadata: entry.metadata ?? {},
      requestId: entry.request?.requestId ?? null,
      ipAddress: entry.request?.ip ?? null,
      userAgent: entry.request?.userAgent ?? null,
    },
  });
}
