import type { ApiKeyAuthority } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { insertApiKey, listActiveApiKeys, revokeApiKey } from "../repositories/api-key.repository.js";
import { generateApiKey } from "./api-key-format.js";

type KeyRow = Awaited<ReturnType<typeof listActiveApiKeys>>[number];

export interface ApiKeyView {
  id: string;
  name: string;
  keyPreview: string;
  authority: ApiKeyAuthority;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  isActive: boolean;
}

function toView(row: KeyRow): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    keyPreview: row.keyPreview,
    authority: row.authority,
    createdBy: row.createdById,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    isActive: row.revokedAt === null,
  };
}

export interface KeyActor {
  userId: string;
  rootTenantId: string;
  origin: RequestOrigin;
}

export async function listApiKeys(deps: AppDeps): Promise<ApiKeyView[]> {
  return (await listActiveApiKeys(deps.db)).map(toView);
}

/** The raw key leaves the server exactly once, in this result. */
export async function createApiKey(
  deps: AppDeps,
  actor: KeyActor,
  input: { name: string; authority: ApiKeyAuthority },
): Promise<{ apiKey: ApiKeyView; rawKey: string }> {
  const key = generateApiKey();
  const row = await deps.db.$transaction(async (tx) => {
    const created = await insertApiKey(tx, {
      name: input.name,
      authority: input.authority,
      keyHash: key.hash,
      keyPreview: key.preview,
      createdById: actor.userId,
    });
    await writeAudit(tx, {
      action: "api_key.created",
      severity: input.authority === "admin" ? "critical" : "warning",
      message: `API key created: ${input.name} (${input.authority})`,
      userId: actor.userId,
      tenantId: actor.rootTenantId,
      metadata: { apiKeyId: created.id, authority: input.authority },
      request: actor.origin,
    });
    return created;
  });
  return { apiKey: toView(row), rawKey: key.raw };
}

export async function revokeApiKeyById(deps: AppDeps, actor: KeyActor, keyId: string): Promise<void> {
  await deps.db.$transaction(async (tx) => {
    if (!(await revokeApiKey(tx, keyId, deps.clock.now()))) {
      throw new AppError("NOT_FOUND", "API key not found or already revoked");
    }
    await writeAudit(tx, {
      action: "api_key.revoked",
      severity: "warning",
      userId: actor.userId,
      tenantId: actor.rootTenantId,
      metadata: { apiKeyId: keyId },
      request: actor.origin,
    });
  });
}
