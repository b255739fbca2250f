import { z } from "zod";
import { nextCursorOutput, pageInput } from "../../../lib/pagination.js";
import { sample } from "../../../trpc/openapi/examples.js";
import { WEBHOOK_EVENT_TYPES } from "../catalog/event-catalog.js";
import type { WebhookScope } from "./webhook-scope.js";
import {
  attemptView,
  deliveryStatus,
  deliveryView,
  sampleAttempt,
  sampleDelivery,
  sampleDeliveryId,
  sampleWebhookId,
} from "./webhook-views.types.js";

const notFound = { 404: "Delivery not found (or another tenant's)" };

export const deliveryIdInput = z.object({ deliveryId: z.uuid("deliveryId must be a delivery id (UUID)") });

const instant = (name: string) =>
  z.iso.datetime({ offset: true, message: `${name} must be an ISO 8601 date-time` }).optional();

export const listDeliveriesInput = pageInput
  .unwrap()
  .extend({
    status: deliveryStatus.optional(),
    webhookId: z.uuid("webhookId must be a webhook id (UUID)").optional(),
    eventType: z.enum(WEBHOOK_EVENT_TYPES, "Unknown event type").optional(),
    from: instant("from").describe("Created at or after"),
    to: instant("to").describe("Created before"),
  })
  .optional();
export const listDeliveriesOutput = z.object({
  deliveries: z.array(deliveryView),
  nextCursor: nextCursorOutput,
});
export const listDeliveriesMeta = (scope: WebhookScope) =>
  scope.meta("GET", "/outbound", "The delivery log, newest first, with filters", {
    examples: {
      request: { status: "dead", limit: 50 },
      response: { deliveries: [{ ...sampleDelivery, status: "dead", deliveredAt: null }], nextCursor: null },
    },
  });

export const getDeliveryOutput = z.object({
  delivery: deliveryView.extend({ payload: z.unknown().describe("The event as sent") }),
  attempts: z.array(attemptView).describe("Newest first, up to 50"),
});
export const getDeliveryMeta = (scope: WebhookScope) =>
  scope.meta("GET", "/outbound/{deliveryId}", "One delivery: its payload and every attempt", {
    errorResponses: notFound,
    examples: {
      request: { deliveryId: sampleDeliveryId },
      response: {
        delivery: { ...sampleDelivery, payload: { type: "tenant.created" } },
        attempts: [sampleAttempt],
      },
    },
  });

export const requeueOutput = z.object({
  requeued: z.number().int().describe("Deliveries moved from dead back to pending (0 if none was dead)"),
});
export const requeueDeliveryMeta = (scope: WebhookScope) =>
  scope.meta("POST", "/outbound/{deliveryId}/requeue", "Requeue a dead delivery (idempotent)", {
    description:
      "A dead delivery is attempted again with a fresh retry schedule; any other delivery is left as it is (requeued: 0).",
    errorResponses: notFound,
    examples: { request: { deliveryId: sampleDeliveryId }, response: { requeued: 1 } },
  });

export const resendDeliveryOutput = z.object({ delivery: deliveryView });
export const resendDeliveryMeta = (scope: WebhookScope) =>
  scope.meta("POST", "/outbound/{deliveryId}/resend", "Send a delivery's event again as a new delivery", {
    description:
      "The new delivery carries the same webhook-id, so a receiver that deduplicates treats it as the same message.",
    errorResponses: { ...notFound, 409: "The webhook is disabled or deleted" },
    examples: {
      request: { deliveryId: sampleDeliveryId },
      response: { delivery: { ...sampleDelivery, id: sample.messageId, status: "pending", attempts: 0 } },
    },
  });

export const requeueDeadInput = z
  .object({ webhookId: z.uuid("webhookId must be a webhook id (UUID)").optional() })
  .optional();
export const requeueDeadMeta = (scope: WebhookScope) =>
  scope.meta("POST", "/outbound/requeue-dead", "Requeue every dead delivery (of one webhook, or all)", {
    errorResponses: { 404: "Webhook not found" },
    examples: { request: { webhookId: sampleWebhookId }, response: { requeued: 3 } },
  });
