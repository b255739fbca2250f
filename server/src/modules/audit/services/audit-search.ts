import { type AuditSeverity, type DbClient, Prisma } from "@baseplate/db";
import { pageWindow } from "../../../lib/pagination.js";

export interface AuditQuery {
  page?: number;
  perPage?: number;
  severity?: AuditSeverity;
  userId?: string;
  tenantId?: string;
  search?: string;
}

interface AuditRow {
  id: string;
  severity: AuditSeverity;
  action: string;
  message: string;
  userId: string | null;
  tenantId: string | null;
  ipAddress: string | null;
  metadata: Record<string, unknown>;
  createdAt: Date;
  chainSeq: bigint | null;
}

export const AUDIT_PAGE_SIZE = 50;

/**
 * Every word of the search must start a word of the entry (prefix match), through the GIN index
 * on the generated tsvector. The words are split by the same parser that built the index, so an
 * action name like `tenancy.member_removed` or an email address is one word on both sides.
 */
function searchCondition(search: string): Prisma.Sql {
  return Prisma.sql`search @@ (
    SELECT to_tsquery('simple', string_agg(quote_literal(lexeme) || ':*', ' & '))
    FROM unnest(to_tsvector('simple', ${search}))
  )`;
}

export async function searchAuditLog(db: DbClient, query: AuditQuery) {
  const { page, perPage, skip, take } = pageWindow(query, AUDIT_PAGE_SIZE);
  const conditions: Prisma.Sql[] = [];
  if (query.severity) conditions.push(Prisma.sql`severity = ${query.severity}::"AuditSeverity"`);
  if (query.userId) conditions.push(Prisma.sql`"userId" = ${query.userId}::uuid`);
  if (query.tenantId) conditions.push(Prisma.sql`"tenantId" = ${query.tenantId}::uuid`);
  if (query.search?.trim()) conditions.push(searchCondition(query.search));
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const [rows, [counted]] = await Promise.all([
    db.$queryRaw<AuditRow[]>`
      SELECT id, severity, action, message, "userId", "tenantId", "ipAddress", metadata, "createdAt", "chainSeq"
      FROM "AuditLog" ${where}
      ORDER BY "createdAt" DESC, id DESC
      LIMIT ${take} OFFSET ${skip}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "AuditLog" ${where}`,
  ]);
  return {
    logs: rows.map((row) => ({ ...row, chainSeq: row.chainSeq === null ? null : Number(row.chainSeq) })),
    total: counted?.total ?? 0,
    page,
    perPage,
  };
}
