import { randomUUID } from "node:crypto";
import type { CreditEntryKind, CreditLedgerEntry, DbClient, DbTx } from "@baseplate/db";
import { type Keyset, newestFirst, newestFirstAfter } from "../../../../lib/pagination.js";

type Db = DbClient | DbTx;

export interface Balances {
  subscriptionCredits: number;
  purchasedCredits: number;
}

export interface LedgerChange {
  customerId: string;
  kind: CreditEntryKind;
  causeId: string;
  subscriptionDelta: number;
  purchasedDelta: number;
  /** The balances the change leads to, computed from the balances read under the row lock. */
  subscriptionBalance: number;
  purchasedBalance: number;
  shortfall: number;
  description: string;
}

/** Row lock on the customer, returning its buckets in the same round trip; null if unknown. */
export async function lockBalances(tx: DbTx, customerId: string): Promise<Balances | null> {
  const rows = await tx.$queryRaw<Balances[]>`
    SELECT "subscriptionCredits", "purchasedCredits" FROM "BillingCustomer"
    WHERE "id" = ${customerId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

export function findEntry(db: Db, customerId: string, kind: CreditEntryKind, causeId: string) {
  return db.creditLedgerEntry.findUnique({
    where: { customerId_kind_causeId: { customerId, kind, causeId } },
  });
}

/**
 * Inserts the entry and moves the buckets by its deltas, in one statement. The bucket update
 * reads the inserted row, so an entry that already exists (ON CONFLICT, also one committed by a
 * parallel caller meanwhile) changes nothing and returns null. The caller holds the row lock.
 */
export async function applyChange(tx: DbTx, change: LedgerChange): Promise<CreditLedgerEntry | null> {
  const rows = await tx.$queryRaw<CreditLedgerEntry[]>`
    WITH entry AS (
      INSERT INTO "CreditLedgerEntry" ("id", "customerId", "kind", "causeId", "subscriptionDelta",
        "purchasedDelta", "subscriptionBalance", "purchasedBalance", "shortfall", "description")
      VALUES (${randomUUID()}::uuid, ${change.customerId}::uuid, ${change.kind}::"CreditEntryKind",
        ${change.causeId}, ${change.subscriptionDelta}, ${change.purchasedDelta},
        ${change.subscriptionBalance}, ${change.purchasedBalance}, ${change.shortfall}, ${change.description})
      ON CONFLICT ("customerId", "kind", "causeId") DO NOTHING
      RETURNING *
    ), buckets AS (
      UPDATE "BillingCustomer" c SET
        "subscriptionCredits" = c."subscriptionCredits" + entry."subscriptionDelta",
        "purchasedCredits" = c."purchasedCredits" + entry."purchasedDelta",
        "updatedAt" = now()
      FROM entry WHERE c."id" = entry."customerId"
    )
    SELECT * FROM entry`;
  return rows[0] ?? null;
}

const entrySelect = {
  id: true,
  kind: true,
  subscriptionDelta: true,
  purchasedDelta: true,
  subscriptionBalance: true,
  purchasedBalance: true,
  shortfall: true,
  description: true,
  createdAt: true,
} as const;

export function listEntries(db: Db, customerId: string, after: Keyset | null, take: number) {
  return db.creditLedgerEntry.findMany({
    where: { customerId, ...newestFirstAfter(after) },
    orderBy: newestFirst,
    take,
    select: entrySelect,
  });
}
