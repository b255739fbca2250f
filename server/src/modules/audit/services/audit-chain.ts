import type { DbClient } from "@baseplate/db";
import { sha256Hex } from "../../../lib/crypto.js";

const SEAL_BATCH = 500;
const VERIFY_BATCH = 1_000;

const hashedFields = {
  id: true,
  createdAt: true,
  tenantId: true,
  userId: true,
  action: true,
  severity: true,
  message: true,
  ipAddress: true,
  userAgent: true,
  requestId: true,
  metadata: true,
} as const;

type HashedEntry = {
  id: string;
  createdAt: Date;
  tenantId: string | null;
  userId: string | null;
  action: string;
  severity: string;
  message: string;
  ipAddress: string | null;
  userAgent: string | null;
  requestId: string | null;
  metadata: unknown;
};

/** JSON with object keys sorted at every level: the same entry always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** sha256 of the previous hash and this entry's recorded fields (never its chain columns). */
export function entryHash(prevHash: string, seq: bigint, entry: HashedEntry): string {
  const fields = Object.fromEntries(
    Object.keys(hashedFields).map((key) => [key, entry[key as keyof HashedEntry]]),
  ) as HashedEntry;
  return sha256Hex(
    `${prevHash}\n${canonicalJson({ ...fields, seq: seq.toString(), createdAt: entry.createdAt.toISOString() })}`,
  );
}

/**
 * Links entries written since the last run onto the chain, in the order this sealer sees them
 * committed. Writers never wait for the chain (an audit row is one plain INSERT in the business
 * transaction); one sealer at a time holds the head, whichever node runs it.
 * Returns how many entries it sealed.
 */
export async function sealAuditChain(db: DbClient): Promise<number> {
  let sealed = 0;
  for (;;) {
    const count = await db.$transaction(async (tx) => {
      // The chain head: one sealer at a time across every node.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('baseplate.audit-chain'))`;
      const head = await tx.auditLog.findFirst({
        where: { chainSeq: { not: null } },
        orderBy: { chainSeq: "desc" },
        select: { chainSeq: true, hash: true },
      });
      const entries = await tx.auditLog.findMany({
        where: { chainSeq: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: SEAL_BATCH,
        select: hashedFields,
      });
      if (entries.length === 0) return 0;
      let prevHash = head?.hash ?? "";
      let seq = head?.chainSeq ?? 0n;
      const links = entries.map((entry) => {
        seq += 1n;
        const hash = entryHash(prevHash, seq, entry);
        const link = { id: entry.id, seq: seq.toString(), prevHash, hash };
        prevHash = hash;
        return link;
      });
      await tx.$executeRaw`
        UPDATE "AuditLog" AS entry
        SET "chainSeq" = link.seq::bigint, "prevHash" = link.prev, hash = link.hash
        FROM unnest(
          ${links.map((link) => link.id)}::uuid[],
          ${links.map((link) => link.seq)}::text[],
          ${links.map((link) => link.prevHash)}::text[],
          ${links.map((link) => link.hash)}::text[]
        ) AS link(id, seq, prev, hash)
        WHERE entry.id = link.id`;
      return links.length;
    });
    sealed += count;
    if (count < SEAL_BATCH) return sealed;
  }
}

export interface BrokenLink {
  id: string;
  chainSeq: number;
  action: string;
  createdAt: Date;
  reason: string;
}

export interface ChainReport {
  valid: boolean;
  /** Entries checked, from the first. */
  checked: number;
  /** The first entry where the chain breaks, or null. */
  firstBroken: BrokenLink | null;
  /** Entries written while the check ran, not yet linked (checked next time). */
  unsealed: number;
  verifiedAt: Date;
}

function broken(entry: HashedEntry & { chainSeq: bigint | null }, reason: string): BrokenLink {
  return {
    id: entry.id,
    chainSeq: Number(entry.chainSeq),
    action: entry.action,
    createdAt: entry.createdAt,
    reason,
  };
}

/** Seals what is pending, then walks the chain from the first entry and reports the first broken link. */
export async function verifyAuditChain(db: DbClient, now: Date): Promise<ChainReport> {
  await sealAuditChain(db);
  let prevHash = "";
  let expected = 1n;
  let firstBroken: BrokenLink | null = null;
  while (!firstBroken) {
    const entries = await db.auditLog.findMany({
      where: { chainSeq: { gte: expected } },
      orderBy: { chainSeq: "asc" },
      take: VERIFY_BATCH,
      select: { ...hashedFields, chainSeq: true, prevHash: true, hash: true },
    });
    for (const entry of entries) {
      if (entry.chainSeq !== expected) {
        firstBroken = broken(entry, `entry #${expected} is missing: it was deleted`);
      } else if (entry.prevHash !== prevHash) {
        firstBroken = broken(
          entry,
          "its link to the previous entry does not match: an earlier entry was altered",
        );
      } else if (entry.hash !== entryHash(prevHash, expected, entry)) {
        firstBroken = broken(
          entry,
          "its content does not match its hash: it was altered after it was written",
        );
      }
      if (firstBroken) break;
      prevHash = entry.hash ?? "";
      expected += 1n;
    }
    if (entries.length < VERIFY_BATCH) break;
  }
  const unsealed = await db.auditLog.count({ where: { chainSeq: null } });
  return {
    valid: firstBroken === null,
    checked: Number(expected - 1n),
    firstBroken,
    unsealed,
    verifiedAt: now,
  };
}
