import type { getEndpointDetail, listDeliveryLog } from "../services/webhook-reads.service.js";

type Endpoint = {
  id: string;
  name: string;
  description: string;
  url: string;
  secretPreview: string;
  events: string[];
  isActive: boolean;
  disabledAt: Date | null;
  disabledReason: string | null;
  failingSince: Date | null;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** Explicit fields: the endpoint row also carries its secret, which only the detail route shows. */
export function toWebhookView(endpoint: Endpoint) {
  return {
    id: endpoint.id,
    name: endpoint.name,
    description: endpoint.description,
    url: endpoint.url,
    secretPreview: endpoint.secretPreview,
    events: endpoint.events,
    isActive: endpoint.isActive,
    disabledAt: endpoint.disabledAt,
    disabledReason: endpoint.disabledReason,
    failingSince: endpoint.failingSince,
    createdBy: endpoint.createdById,
    createdAt: endpoint.createdAt,
    updatedAt: endpoint.updatedAt,
  };
}

type Attempt = Awaited<ReturnType<typeof getEndpointDetail>>["attempts"][number];

export function toAttemptView(attempt: Attempt) {
  const code = attempt.responseCode;
  return {
    id: attempt.id,
    deliveryId: attempt.deliveryId,
    eventType: attempt.eventType,
    payload: attempt.requestBody,
    requestHeaders: attempt.requestHeaders as Record<string, string>,
    responseCode: code,
    responseBody: attempt.responseBody,
    success: code !== null && code >= 200 && code < 300,
    durationMs: attempt.durationMs,
    error: attempt.error,
    createdAt: attempt.createdAt,
  };
}

type Delivery = Awaited<ReturnType<typeof listDeliveryLog>>["items"][number];

export function toDeliveryView(delivery: Delivery) {
  return {
    id: delivery.id,
    webhookId: delivery.endpointId,
    webhookName: delivery.endpoint.name,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    messageId: delivery.webhookId,
    status: delivery.status,
    isTest: delivery.isTest,
    attempts: delivery.attempts,
    nextAttemptAt: delivery.nextAttemptAt,
    lastResponseCode: delivery.lastResponseCode,
    lastError: delivery.lastError,
    deliveredAt: delivery.deliveredAt,
    createdAt: delivery.createdAt,
  };
}
