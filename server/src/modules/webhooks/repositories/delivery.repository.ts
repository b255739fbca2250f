import { type DbClient, type DbTx, Prisma, type WebhookDeliveryStatus } from "@baseplate/db";

export interface NewDelivery {
  tenantId: string;
  endpointId: string;
  eventId: string | null;
  eventType: string;
  webhookId: string;
  payload: Prisma.InputJsonValue;
  isTest?: boolean;
  nextAttemptAt: Date;
  createdAt: Date;
}

export interface InsertedDelivery {
  id: string;
  endpointId: string;
}

export function insertDeliveries(db: DbTx, rows: NewDelivery[]): Promise<InsertedDelivery[]> {
  return db.webhookDelivery.createManyAndReturn({ data: rows, select: { id: true, endpointId: true } });
}

export interface ClaimedDelivery {
  id: string;
  tenantId: string;
  endpointId: string;
  webhookId: string;
  eventType: string;
  payload: unknown;
  attempts: number;
  isTest: boolean;
}

export type ClaimOutcome =
  | { claimed: ClaimedDelivery }
  | { claimed: null; reason: "not_due" | "endpoint_busy" };

const CLAIMED_COLUMNS = Prisma.sql`"id", "tenantId", "endpointId", "webhookId", "eventType", "payload", "attempts", "isTest"`;

/**
 * Under a per-endpoint advisory lock, so at most `maxInFlight` deliveries of one endpoint hold a
 * lease at once: a slow endpoint fills its own slots, never another's. `lease` is the conditional
 * update that takes one (or none).
 */
async function claimWithinCap(
  db: DbClient,
  endpointId: string,
  at: Date,
  maxInFlight: number,
  lease: (tx: DbTx) => Promise<ClaimedDelivery[]>,
): Promise<ClaimOutcome> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`webhook-endpoint:${endpointId}`}, 0))`;
    const inFlight = await tx.webhookDelivery.count({
      where: { endpointId, status: { in: ["pending", "failed"] }, leaseUntil: { gt: at } },
    });
    if (inFlight >= maxInFlight) return { claimed: null, reason: "endpoint_busy" };
    const [claimed] = await lease(tx);
    return claimed ? { claimed } : { claimed: null, reason: "not_due" };
  });
}

/** Leases this delivery if it is due (pending or failed, nextAttemptAt passed, no live lease) until `leaseUntil`. */
export async function claimDueDelivery(
  db: DbClient,
  id: string,
  at: Date,
  leaseUntil: Date,
  maxInFlight: number,
): Promise<ClaimOutcome> {
  const target = await db.webhookDelivery.findUnique({ where: { id }, select: { endpointId: true } });
  if (!target) return { claimed: null, reason: "not_due" };
  return claimWithinCap(
    db,
    target.endpointId,
    at,
    maxInFlight,
    (tx) =>
      tx.$queryRaw<ClaimedDelivery[]>`
      UPDATE "WebhookDelivery" SET "leaseUntil" = ${leaseUntil}::timestamptz
      WHERE "id" = ${id}::uuid AND "status" IN ('pending', 'failed')
        AND "nextAttemptAt" <= ${at}::timestamptz
        AND ("leaseUntil" IS NULL OR "leaseUntil" <= ${at}::timestamptz)
      RETURNING ${CLAIMED_COLUMNS}`,
  );
}

/** Leases the endpoint's oldest due delivery: what a lane that just freed takes next. */
export async function claimNextDueOfEndpoint(
  db: DbClient,
  endpointId: string,
  at: Date,
  leaseUntil: Date,
  maxInFlight: number,
): Promise<ClaimOutcome> {
  return claimWithinCap(
    db,
    endpointId,
    at,
    maxInFlight,
    (tx) =>
      tx.$queryRaw<ClaimedDelivery[]>`
      UPDATE "WebhookDelivery" SET "leaseUntil" = ${leaseUntil}::timestamptz
      WHERE "id" = (
        SELECT "id" FROM "WebhookDelivery"
        WHERE "endpointId" = ${endpointId}::uuid AND "status" IN ('pending', 'failed')
          AND "nextAttemptAt" <= ${at}::timestamptz
          AND ("leaseUntil" IS NULL OR "leaseUntil" <= ${at}::timestamptz)
        ORDER BY "nextAttemptAt", "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING ${CLAIMED_COLUMNS}`,
  );
}

export async function endpointOfDelivery(db: DbClient, id: string): Promise<string | null> {
  const row = await db.webhookDelivery.findUnique({ where: { id }, select: { endpointId: true } });
  return row?.endpointId ?? null;
}

/**
 * Per endpoint with due, unleased work (new, retries whose time came, ones a dead node held): its
 * oldest such delivery. A lane started there works through the rest of that endpoint.
 */
export async function listOldestDuePerEndpoint(db: DbClient, at: Date, limit: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT ON ("endpointId") "id" FROM "WebhookDelivery"
    WHERE "status" IN ('pending', 'failed') AND "nextAttemptAt" <= ${at}::timestamptz
      AND ("leaseUntil" IS NULL OR "leaseUntil" <= ${at}::timestamptz)
    ORDER BY "endpointId", "nextAttemptAt", "createdAt"
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/** Due deliveries whose lease is free: new ones, retries whose time came, and ones a dead worker held. */
export async function listDueDeliveryIds(db: DbClient, at: Date, limit: number): Promise<string[]> {
  const rows = await db.webhookDelivery.findMany({
    where: {
      status: { in: ["pending", "failed"] },
      nextAttemptAt: { lte: at },
      OR: [{ leaseUntil: null }, { leaseUntil: { lte: at } }],
    },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export interface AttemptRecord {
  deliveryId: string;
  requestHeaders: Prisma.InputJsonObject;
  requestBody: string;
  responseCode: number | null;
  responseBody: string | null;
  durationMs: number;
  error: string | null;
  createdAt: Date;
}

export async function insertAttempt(db: DbTx, attempt: AttemptRecord): Promise<void> {
  await db.webhookAttempt.create({ data: attempt, select: { id: true } });
}

export interface DeliveryOutcome {
  status: WebhookDeliveryStatus;
  nextAttemptAt: Date | null;
  responseCode: number | null;
  error: string | null;
  deliveredAt: Date | null;
}

/** Ends the lease with the attempt's outcome; only while still leased by us (pending/failed). */
export async function finishAttempt(db: DbTx, id: string, outcome: DeliveryOutcome): Promise<void> {
  await db.webhookDelivery.updateMany({
    where: { id, status: { in: ["pending", "failed"] } },
    data: {
      status: outcome.status,
      nextAttemptAt: outcome.nextAttemptAt,
      lastResponseCode: outcome.responseCode,
      lastError: outcome.error,
      deliveredAt: outcome.deliveredAt,
      leaseUntil: null,
      attempts: { increment: 1 },
    },
  });
}

/** Dead → pending again, due now; one conditional update, so concurrent requeues move each row once. */
export async function requeueDeadDeliveries(
  db: DbTx,
  where: { tenantId: string; endpointId?: string; id?: string },
  at: Date,
): Promise<string[]> {
  const rows = await db.webhookDelivery.updateManyAndReturn({
    where: { ...where, status: "dead", isTest: false, endpoint: { deletedAt: null, isActive: true } },
    data: { status: "pending", nextAttemptAt: at, leaseUntil: null, attempts: 0 },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export function findDelivery(db: DbClient | DbTx, tenantId: string, id: string) {
  return db.webhookDelivery.findFirst({
    where: { id, tenantId },
    select: {
      id: true,
      tenantId: true,
      endpointId: true,
      eventId: true,
      eventType: true,
      webhookId: true,
      payload: true,
      status: true,
      isTest: true,
      attempts: true,
      endpoint: { select: { deletedAt: true, isActive: true } },
    },
  });
}

/** A delivery of this message to this endpoint that has not finished (pending or retrying). */
export function findDeliveryUnderWay(db: DbTx, endpointId: string, webhookId: string) {
  return db.webhookDelivery.findFirst({
    where: { endpointId, webhookId, status: { in: ["pending", "failed"] } },
    select: { id: true },
  });
}

/** Deliveries of a disabled or deleted endpoint that would otherwise wait forever. */
export async function killDeliveriesOfEndpoint(db: DbTx, endpointId: string, reason: string): Promise<void> {
  await db.webhookDelivery.updateMany({
    where: { endpointId, status: { in: ["pending", "failed"] } },
    data: { status: "dead", lastError: reason, nextAttemptAt: null, leaseUntil: null },
  });
}
