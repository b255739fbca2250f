import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import { type PageInput, readPage } from "../../../lib/pagination.js";
import {
  attemptHealth,
  type DeliveryFilter,
  findDeliveryDetail,
  listAttemptsOfDelivery,
  listDeliveries,
  listRecentAttempts,
} from "../repositories/delivery-log.repository.js";
import { listEndpoints } from "../repositories/endpoint.repository.js";
import { getEndpoint } from "./endpoints.service.js";

/** "Recent" for an endpoint's health: the attempts of the last 24 hours. */
export const HEALTH_WINDOW_MS = 24 * 60 * 60 * 1000;
const DETAIL_ATTEMPTS = 20;
const DELIVERY_ATTEMPTS = 50;

/** The tenant's live endpoints, newest first, each with its recent success rate. */
export async function listEndpointsWithHealth(deps: AppDeps, tenantId: string) {
  const endpoints = await listEndpoints(deps.db, tenantId);
  const since = new Date(deps.clock.now().getTime() - HEALTH_WINDOW_MS);
  const health = await attemptHealth(
    deps.db,
    endpoints.map((endpoint) => endpoint.id),
    since,
  );
  const byEndpoint = new Map(health.map((row) => [row.endpointId, row]));
  return endpoints.map((endpoint) => {
    const { attempts = 0, succeeded = 0 } = byEndpoint.get(endpoint.id) ?? {};
    return {
      ...endpoint,
      health: { attempts, succeeded, successRate: attempts ? succeeded / attempts : null },
    };
  });
}

/** Config, secret and the 20 most recent attempts with what was sent and what came back. */
export async function getEndpointDetail(deps: AppDeps, tenantId: string, endpointId: string) {
  const endpoint = await getEndpoint(deps, tenantId, endpointId);
  const attempts = await listRecentAttempts(deps.db, tenantId, endpointId, DETAIL_ATTEMPTS);
  return {
    endpoint,
    attempts: attempts.map(({ delivery, ...attempt }) => ({ ...attempt, eventType: delivery.eventType })),
  };
}

export function listDeliveryLog(deps: AppDeps, filter: DeliveryFilter, page: PageInput) {
  return readPage(page, [(after, take) => listDeliveries(deps.db, filter, after, take)], (row) => ({
    at: row.createdAt,
    id: row.id,
  }));
}

/** One delivery with its payload and every attempt (newest first, up to 50). */
export async function getDeliveryDetail(deps: AppDeps, tenantId: string, deliveryId: string) {
  const delivery = await findDeliveryDetail(deps.db, tenantId, deliveryId);
  if (!delivery) throw new AppError("NOT_FOUND", "Delivery not found");
  const attempts = await listAttemptsOfDelivery(deps.db, deliveryId, DELIVERY_ATTEMPTS);
  return { delivery, attempts };
}
