import type { DeliveriesInput, Delivery, DeliveryStatus } from "./types";

export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ["pending", "failed", "dead", "succeeded"];

/** While a shown delivery may still change (pending or retrying), the log asks again this often. */
export const DELIVERY_POLL_MS = 2_000;
/** With nothing in flight the log still looks for new deliveries, less often. */
export const DELIVERY_IDLE_POLL_MS = 15_000;

/** The log's filters; they live in the address (?status=dead&webhookId=…) so a filtered log can be linked. */
export interface DeliveryFilters {
  status: DeliveryStatus | null;
  webhookId: string | null;
  eventType: string | null;
}

function isStatus(value: string | null): value is DeliveryStatus {
  return DELIVERY_STATUSES.some((status) => status === value);
}

export function filtersFromParams(params: URLSearchParams): DeliveryFilters {
  const status = params.get("status");
  return {
    status: isStatus(status) ? status : null,
    webhookId: params.get("webhookId") || null,
    eventType: params.get("eventType") || null,
  };
}

export function filtersToParams(filters: DeliveryFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["status", "webhookId", "eventType"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The `deliveries` query for these filters; unset filters are left out. */
export function deliveriesInput(filters: DeliveryFilters): DeliveriesInput {
  const input: DeliveriesInput = {};
  if (filters.status) input.status = filters.status;
  if (filters.webhookId) input.webhookId = filters.webhookId;
  // From the address, so possibly unknown: the server refuses it with a message the page shows.
  if (filters.eventType) input.eventType = filters.eventType as DeliveriesInput["eventType"];
  return input;
}

/**
 * Whether any shown delivery may still change on its own: a first attempt or a retry is due. A failed
 * delivery without a next attempt (a test: never retried) stays as it is.
 */
export function needsPolling(deliveries: ReadonlyArray<Pick<Delivery, "status" | "nextAttemptAt">>): boolean {
  return deliveries.some(
    (delivery) =>
      delivery.status === "pending" || (delivery.status === "failed" && delivery.nextAttemptAt !== null),
  );
}

export function deliveryPollInterval(
  deliveries: ReadonlyArray<Pick<Delivery, "status" | "nextAttemptAt">>,
): number {
  return needsPolling(deliveries) ? DELIVERY_POLL_MS : DELIVERY_IDLE_POLL_MS;
}
