import { z } from "zod";
import { pageNumberFields } from "../../../lib/pagination.js";
import { operationMeta } from "../../../trpc/meta.js";
import { sample } from "../../../trpc/openapi/examples.js";
import { AUDIT_PAGE_SIZE } from "../services/audit-search.js";

const auditMeta = operationMeta("admin-audit");
const severity = z.enum(["critical", "high", "medium", "low", "debug"], {
  error: "severity must be one of critical, high, medium, low, debug",
});
const sampleEntryId = "6f1d2c3b-4a59-4e87-9d6c-5b4a39281706";

export const listAuditLogsInput = z
  .object({
    ...pageNumberFields(AUDIT_PAGE_SIZE),
    severity: severity.optional().describe("Only entries of this severity"),
    userId: z.uuid("userId must be a user id (UUID)").optional().describe("Only entries by this user"),
    tenantId: z
      .uuid("tenantId must be a tenant id (UUID)")
      .optional()
      .describe("Only entries about this tenant"),
    search: z
      .string()
      .max(200, "search must be at most 200 characters")
      .optional()
      .describe("Full-text search: every word must begin a word of the entry's action or message"),
  })
  .optional();

export const auditEntryView = z
  .object({
    id: z.string(),
    severity,
    action: z.string().describe("What happened, e.g. tenancy.member_removed"),
    message: z.string(),
    userId: z.string().nullable().describe("Who did it (kept after the user is deleted)"),
    tenantId: z.string().nullable(),
    ipAddress: z.string().nullable(),
    metadata: z.record(z.string(), z.unknown()),
    createdAt: z.date(),
    chainSeq: z
      .number()
      .int()
      .nullable()
      .describe("Position in the hash chain; null for the few seconds until it is linked"),
  })
  .meta({ id: "AuditEntry", description: "One entry of the audit log" });

export const listAuditLogsOutput = z.object({
  logs: z.array(auditEntryView),
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
});

export const listAuditLogsMeta = auditMeta(
  "GET",
  "/admin/audit-logs",
  "The audit log, newest first: filter by severity, user or tenant, and search its text",
  {
    examples: {
      request: { page: 1, perPage: 50, severity: "high", search: "webhook" },
      response: {
        logs: [
          {
            id: sampleEntryId,
            severity: "high",
            action: "webhooks.endpoint_created",
            message: "Webhook created: Test → https://example.com/hooks",
            userId: sample.userId,
            tenantId: sample.tenantId,
            ipAddress: "203.0.113.7",
            metadata: {},
            createdAt: sample.at,
            chainSeq: 256,
          },
        ],
        total: 1,
        page: 1,
        perPage: 50,
      },
    },
  },
);

export const verifyAuditChainInput = z.void();
export const verifyAuditChainOutput = z.object({
  valid: z.boolean(),
  checked: z.number().int().describe("Entries verified from the first"),
  firstBroken: z
    .object({
      id: z.string(),
      chainSeq: z.number().int(),
      action: z.string(),
      createdAt: z.date(),
      reason: z.string(),
    })
    .nullable()
    .describe("The first entry where the chain breaks"),
  unsealed: z.number().int().describe("Entries written during the check, verified next time"),
  verifiedAt: z.date(),
});
export const verifyAuditChainMeta = auditMeta(
  "GET",
  "/admin/audit-logs/chain",
  "Verify the audit log's hash chain from its first entry: each entry carries the hash of the one before",
  {
    examples: {
      response: { valid: true, checked: 256, firstBroken: null, unsealed: 0, verifiedAt: sample.at },
    },
  },
);
