import type { ApiKeyAuthority } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import { type PageInput, readPage } from "../../../lib/pagination.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import {
  insertApiKey,
  listApiKeys as listKeyRows,
  revokeApiKey,
} from "../repositories/api-key.repository.js";
import { generateApiKey } from "./api-key-format.js";

type KeyRow = Awaited<ReturnType<typeof listKeyRows>>[number];

export interface ApiKeyView {
  id: string;
  name: string;
  keyPreview: string;
  authority: ApiKeyAuthority;
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  isActive: boolean;
}

function toView(row: KeyRow): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    keyPreview: row.keyPreview,
    authority: row.authority,
    createdBy: row.createdById,
    // Keys are deleted with their creator today; the fallback keeps the view total if that changes.
    createdByName: row.createdBy?.displayName ?? "Deleted user",
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    isActive: row.revokedAt === null,
  };
}

export interface KeyActor {
  userId: string;
  rootTenantId: string;
  origin: RequestOrigin;
}

/** Active keys first, then revoked ones (kept for the record), newest first within each. */
export async function listApiKeys(deps: AppDeps, page: PageInput) {
  const { items, nextCursor } = await readPage(
    page,
    [false, true].map((revoked) => (after, take) => listKeyRows(deps.db, revoked, after, take)),
    (row) => ({ at: row.createdAt, id: row.id }),
  );
  return { apiKeys: items.map(toView), nextCursor };
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
      severity: input.authority === "admin" ? "critical" : "high",
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
      severity: "high",
      userId: actor.userId,
      tenantId: actor.rootTenantId,
      metadata: { apiKeyId: keyId },
      request: actor.origin,
    });
  });
}
