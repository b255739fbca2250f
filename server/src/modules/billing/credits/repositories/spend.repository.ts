import { randomUUID } from "node:crypto";
import type { CreditLedgerEntry, DbClient } from "@baseplate/db";
import { OUTBOX_CHANNEL } from "../../../webhooks/services/outbox-notify.js";

export interface SpendStatement {
  customerId: string;
  amount: number;
  idempotencyKey: string;
  description: string;
  lowThreshold: number;
}

/**
 * A whole spend as one statement (its own transaction), so the customer row is locked only while
 * PostgreSQL runs it — no round trips to the app while parallel spends wait:
 * - `cur` locks the row. Under READ COMMITTED a FOR UPDATE that waited for another spend reads
 *   the row as that spend committed it, so the split below always starts from the latest balance.
 * - `entry` inserts the ledger row only when the balance covers the amount (subscription credits
 *   first), and not when the key already spent (ON CONFLICT; a parallel spend with the same key
 *   is waited for).
 * - `buckets` moves the balances by the inserted entry's deltas only: no entry, no change.
 * - `low` writes a `credits.low` webhook event (outbox, same envelope as raiseEvent) when this
 *   spend took a tenant's balance from at least `lowThreshold` to below it; `woken` NOTIFYs the
 *   worker nodes on commit. Both are part of the one statement, so the event exists iff the spend.
 * Returns the new entry (null when nothing was spent: short balance, or the key was used) and the
 * balance the statement saw (null for an unknown customer).
 */
export async function spendInOneStatement(
  db: DbClient,
  spend: SpendStatement,
): Promise<{ entry: CreditLedgerEntry | null; available: number | null }> {
  const eventId = randomUUID();
  const raisedAt = new Date().toISOString();
  const rows = await db.$queryRaw<(Partial<CreditLedgerEntry> & { available: number | null })[]>`
    WITH cur AS (
      SELECT "id", "subscriptionCredits" AS s, "purchasedCredits" AS p
      FROM "BillingCustomer" WHERE "id" = ${spend.customerId}::uuid
      FOR UPDATE
    ), split AS (
      SELECT "id", s, p, LEAST(s, ${spend.amount}::int) AS from_s, ${spend.amount}::int - LEAST(s, ${spend.amount}::int) AS from_p
      FROM cur WHERE s + p >= ${spend.amount}::int
    ), entry AS (
      INSERT INTO "CreditLedgerEntry" ("id", "customerId", "kind", "causeId", "subscriptionDelta",
        "purchasedDelta", "subscriptionBalance", "purchasedBalance", "description")
      SELECT ${randomUUID()}::uuid, "id", 'spend'::"CreditEntryKind", ${spend.idempotencyKey}, -from_s,
        -from_p, s - from_s, p - from_p, ${spend.description}
      FROM split
      ON CONFLICT ("customerId", "kind", "causeId") DO NOTHING
      RETURNING *
    ), buckets AS (
      UPDATE "BillingCustomer" c SET
        "subscriptionCredits" = c."subscriptionCredits" + entry."subscriptionDelta",
        "purchasedCredits" = c."purchasedCredits" + entry."purchasedDelta",
        "updatedAt" = now()
      FROM entry WHERE c."id" = entry."customerId"
    ), low AS (
      INSERT INTO "WebhookEvent" ("id", "tenantId", "type", "payload", "createdAt")
      SELECT ${eventId}::uuid, c."tenantId", 'credits.low', jsonb_build_object(
          'id', ${eventId}::text, 'type', 'credits.low', 'createdAt', ${raisedAt}::text, 'tenantId', c."tenantId",
          'data', jsonb_build_object(
            'balance', entry."subscriptionBalance" + entry."purchasedBalance",
            'subscriptionCredits', entry."subscriptionBalance",
            'purchasedCredits', entry."purchasedBalance",
            'threshold', ${spend.lowThreshold}::int)),
        ${raisedAt}::timestamptz
      FROM entry JOIN "BillingCustomer" c ON c."id" = entry."customerId" AND c."tenantId" IS NOT NULL
      WHERE entry."subscriptionBalance" + entry."purchasedBalance" < ${spend.lowThreshold}::int
        AND entry."subscriptionBalance" + entry."purchasedBalance" - entry."subscriptionDelta" - entry."purchasedDelta" >= ${spend.lowThreshold}::int
      RETURNING 1
    ), woken AS (
      SELECT pg_notify(${OUTBOX_CHANNEL}, '') FROM low
    )
    SELECT (SELECT s + p FROM cur) AS "available", (SELECT count(*) FROM woken) AS "woken", entry.*
    FROM (SELECT 1) AS one LEFT JOIN entry ON true`;
  const [row] = rows;
  if (!row) return { entry: null, available: null };
  const { available, woken: _woken, ...entry } = row as typeof row & { woken: bigint };
  return { entry: entry.id ? (entry as CreditLedgerEntry) : null, available };
}
