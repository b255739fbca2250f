import type { DbClient, WebhookDeliveryStatus } from "@baseplate/db";
import { type Keyset, newestFirst, newestFirstAfter } from "../../../lib/pagination.js";

/** What the delivery log and the endpoint detail read; all scoped by tenant. */

const attemptView = {
  id: true,
  deliveryId: true,
  requestHeaders: true,
  requestBody: true,
  responseCode: true,
  responseBody: true,
  durationMs: true,
  error: true,
  createdAt: true,
} as const;

/** The endpoint's most recent attempts, newest first (the detail route's 20). */
export function listRecentAttempts(db: DbClient, tenantId: string, endpointId: string, take: number) {
  return db.webhookAttempt.findMany({
    where: { delivery: { tenantId, endpointId } },
    orderBy: newestFirst,
    take,
    select: { ...attemptView, delivery: { select: { eventType: true } } },
  });
}

export function listAttemptsOfDelivery(db: DbClient, deliveryId: string, take: number) {
  return db.webhookAttempt.findMany({
    where: { deliveryId },
    orderBy: newestFirst,
    take,
    select: attemptView,
  });
}

export interface DeliveryFilter {
  tenantId: string;
  status?: WebhookDeliveryStatus;
  endpointId?: string;
  eventType?: string;
  from?: Date;
  to?: Date;
}

const deliveryView = {
  id: true,
  endpointId: true,
  eventId: true,
  eventType: true,
  webhookId: true,
  status: true,
  isTest: true,
  attempts: true,
  nextAttemptAt: true,
  lastResponseCode: true,
  lastError: true,
  deliveredAt: true,
  createdAt: true,
  endpoint: { select: { name: true, url: true } },
} as const;

/** One keyset run of the filtered log, newest first. */
export function listDeliveries(db: DbClient, filter: DeliveryFilter, after: Keyset | null, take: number) {
  const { tenantId, status, endpointId, eventType, from, to } = filter;
  return db.webhookDelivery.findMany({
    where: {
      tenantId,
      ...(status ? { status } : {}),
      ...(endpointId ? { endpointId } : {}),
      ...(eventType ? { eventType } : {}),
      ...(from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
      ...newestFirstAfter(after),
    },
    orderBy: newestFirst,
    take,
    select: deliveryView,
  });
}

export function findDeliveryDetail(db: DbClient, tenantId: string, id: string) {
  return db.webhookDelivery.findFirst({
    where: { id, tenantId },
    select: { ...deliveryView, payload: true },
  });
}

export interface EndpointHealth {
  endpointId: string;
  attempts: number;
  succeeded: number;
}

/** Attempts since `since` per endpoint, and how many got a 2xx. */
export function attemptHealth(db: DbClient, endpointIds: string[], since: Date) {
  if (endpointIds.length === 0) return Promise.resolve([] as EndpointHealth[]);
  return db.$queryRaw<EndpointHealth[]>`
    SELECT d."endpointId",
           count(*)::int AS attempts,
           (count(*) FILTER (WHERE a."responseCode" BETWEEN 200 AND 299))::int AS succeeded
    FROM "WebhookAttempt" a JOIN "WebhookDelivery" d ON d."id" = a."deliveryId"
    WHERE d."endpointId" = ANY(${endpointIds}::uuid[]) AND a."createdAt" >= ${since}::timestamptz
    GROUP BY d."endpointId"`;
}
