import type { ApiKeyAuthority, DbClient, DbTx } from "@baseplate/db";
import { type Keyset, newestFirst, newestFirstAfter } from "../../../lib/pagination.js";

const listSelect = {
  id: true,
  name: true,
  keyPreview: true,
  authority: true,
  createdById: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { displayName: true } },
} as const;

export function insertApiKey(
  db: DbTx,
  data: {
    name: string;
    authority: ApiKeyAuthority;
    keyHash: string;
    keyPreview: string;
    createdById: string;
  },
) {
  return db.apiKey.create({ data, select: listSelect });
}

/** Active (or revoked) keys, newest first, after `after`; the hash is never selected. */
export function listApiKeys(db: DbClient | DbTx, revoked: boolean, after: Keyset | null, take: number) {
  return db.apiKey.findMany({
    where: { revokedAt: revoked ? { not: null } : null, ...newestFirstAfter(after) },
    orderBy: newestFirst,
    take,
    select: listSelect,
  });
}

/** Soft delete; only an active key is revoked, so the result says whether this call did it. */
export async function revokeApiKey(db: DbTx, id: string, at: Date): Promise<boolean> {
  const { count } = await db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: at } });
  return count === 1;
}

export function findApiKeyForAuth(db: DbClient, keyHash: string) {
  return db.apiKey.findUnique({
    where: { keyHash },
    select: {
      id: true,
      authority: true,
      createdById: true,
      revokedAt: true,
      lastUsedAt: true,
      createdBy: { select: { isActive: true } },
    },
  });
}

/** Conditional, so nodes racing on the same key write at most once per interval. */
export async function touchApiKey(db: DbClient, id: string, at: Date, notSince: Date): Promise<void> {
  await db.apiKey.updateMany({
    where: { id, revokedAt: null, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: notSince } }] },
    data: { lastUsedAt: at },
  });
}
