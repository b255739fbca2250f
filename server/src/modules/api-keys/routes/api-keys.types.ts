import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";

function adminMeta(method: "GET" | "POST" | "DELETE", path: `/${string}`, summary: string): OpenApiMeta {
  return { openapi: { method, path, tags: ["admin"], summary } } satisfies OpenApiMeta;
}

export const apiKeyView = z.object({
  id: z.string(),
  name: z.string(),
  keyPreview: z.string(),
  authority: z.enum(["admin", "user"]),
  createdBy: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  isActive: z.boolean(),
});

export const listApiKeysInput = z.void();
export const listApiKeysOutput = z.object({ apiKeys: z.array(apiKeyView) });
export const listApiKeysMeta = adminMeta(
  "GET",
  "/admin/api-keys",
  "Active API keys (the hash is never returned; preview = last 8 characters)",
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
);

export const revokeApiKeyInput = z.object({ keyId: z.uuid("keyId must be an API key id (UUID)") });
export const revokeApiKeyOutput = z.object({ status: z.literal("deleted") });
export const revokeApiKeyMeta = adminMeta(
  "DELETE",
  "/admin/api-keys/{keyId}",
  "Revoke (soft-delete) an API key; it stops working at once",
);
