import { z } from "zod";
import { nextCursorOutput, pageInput } from "../../../lib/pagination.js";
import { operationMeta } from "../../../trpc/meta.js";
import { sample } from "../../../trpc/openapi/examples.js";

const adminMeta = operationMeta("admin");

const sampleKey = {
  id: sample.apiKeyId,
  name: "CI/CD Pipeline",
  keyPreview: "x7k9m2pq",
  authority: "admin",
  createdBy: sample.userId,
  createdByName: "Jane Doe",
  createdAt: sample.at,
  lastUsedAt: sample.later,
  revokedAt: null,
  isActive: true,
};

export const apiKeyView = z
  .object({
    id: z.string(),
    name: z.string(),
    keyPreview: z.string(),
    authority: z.enum(["admin", "user"]),
    createdBy: z.string(),
    createdByName: z.string().describe('The creator\'s display name ("Deleted user" if gone)'),
    createdAt: z.date(),
    lastUsedAt: z.date().nullable(),
    revokedAt: z.date().nullable(),
    isActive: z.boolean(),
  })
  .meta({
    id: "ApiKey",
    description: "An API key as listed: never the key itself, only its last 8 characters",
  });

export const listApiKeysInput = pageInput;
export const listApiKeysOutput = z.object({ apiKeys: z.array(apiKeyView), nextCursor: nextCursorOutput });
export const listApiKeysMeta = adminMeta(
  "GET",
  "/admin/api-keys",
  "API keys, active first, then revoked (the hash is never returned; preview = last 8 characters)",
  { examples: { request: { limit: 50 }, response: { apiKeys: [sampleKey], nextCursor: null } } },
);

export const createApiKeyInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
  authority: z.enum(["admin", "user"]),
});
export const createApiKeyOutput = z.object({ apiKey: apiKeyView, rawKey: z.string() });
export const createApiKeyMeta = adminMeta(
  "POST",
  "/admin/api-keys",
  "Create an API key; the raw key is returned only in this response",
  {
    description:
      "Stored as a SHA-256 hash; the raw key cannot be retrieved later. Admin keys act in the platform tenant with admin rights; user keys need X-Tenant-ID and act with at most the user role.",
    examples: {
      request: { name: "CI/CD Pipeline", authority: "admin" },
      response: {
        apiKey: { ...sampleKey, lastUsedAt: null },
        rawKey: "lsk_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmno",
      },
    },
  },
);

export const revokeApiKeyInput = z.object({ keyId: z.uuid("keyId must be an API key id (UUID)") });
export const revokeApiKeyOutput = z.object({ status: z.literal("deleted") });
export const revokeApiKeyMeta = adminMeta(
  "DELETE",
  "/admin/api-keys/{keyId}",
  "Revoke (soft-delete) an API key; it stops working at once",
  {
    errorResponses: { 404: "API key not found or already revoked" },
    examples: { request: { keyId: sample.apiKeyId }, response: { status: "deleted" } },
  },
);
