import { z } from "zod";
import { catalogName, deletedOutput, freeText, jsonBoolean } from "../../../lib/input-fields.js";
import { WEBHOOK_EVENT_TYPES, WEBHOOK_EVENTS } from "../catalog/event-catalog.js";
import type { WebhookScope } from "./webhook-scope.js";
import {
  attemptView,
  sampleAttempt,
  sampleDeliveryId,
  sampleWebhook,
  sampleWebhookId,
  webhookHealth,
  webhookView,
} from "./webhook-views.types.js";

const sampleSecret = "whsec_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";
const notFound = { 404: "Webhook not found (or deleted, or another tenant's)" };

export const webhookIdInput = z.object({ webhookId: z.uuid("webhookId must be a webhook id (UUID)") });

const eventTypes = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, "Unknown event type; GET …/event-types lists them"))
  .min(1, "Subscribe to at least one event type")
  .max(WEBHOOK_EVENT_TYPES.length, "Too many event types");
const webhookUrl = z
  .string("url is required")
  .trim()
  .min(1, "url is required")
  .max(2048, "url must be at most 2048 characters");
const webhookFields = {
  name: catalogName,
  description: freeText(500).optional(),
  url: webhookUrl,
  events: eventTypes,
};

export const eventTypesInput = z.void();
export const eventTypesOutput = z.object({
  eventTypes: z.array(z.object({ type: z.string(), description: z.string() })),
});
export const eventTypesMeta = (scope: WebhookScope) =>
  scope.meta("GET", "/event-types", "Event types a webhook can subscribe to, with descriptions", {
    description: "Each payload is described in the document's `webhooks` section.",
    examples: {
      response: {
        eventTypes: [{ type: "tenant.created", description: WEBHOOK_EVENTS["tenant.created"].description }],
      },
    },
  });

export const listWebhooksInput = z.void();
export const listWebhooksOutput = z.object({
  webhooks: z.array(webhookView.extend({ health: webhookHealth })),
});
export const listWebhooksMeta = (scope: WebhookScope) =>
  scope.meta("GET", "/endpoints", "Webhooks, newest first, with their recent success rate", {
    examples: {
      response: { webhooks: [{ ...sampleWebhook, health: { attempts: 12, succeeded: 12, successRate: 1 } }] },
    },
  });

export const createWebhookInput = z.object(webhookFields);
export const createWebhookOutput = z.object({ webhook: webhookView, secret: z.string() });
export const createWebhookMeta = (scope: WebhookScope) =>
  scope.meta("POST", "/endpoints", "Create a webhook; its whsec_ signing secret is returned", {
    description:
      "The secret is stored encrypted and can be read again from the detail route. Every delivery carries X-Webhook-Signature (HMAC-SHA256 hex of the body) and the Standard Webhooks headers.",
    errorResponses: {
      400: "Invalid input, unknown event type, or a URL that is not allowed (private address, not https in production)",
    },
    examples: {
      request: {
        name: "Provisioning",
        description: "Provision new tenants",
        url: "https://example.com/webhook",
        events: ["tenant.created"],
      },
      response: { webhook: sampleWebhook, secret: sampleSecret },
    },
  });

export const getWebhookOutput = z.object({
  webhook: webhookView,
  secret: z.string(),
  deliveries: z.array(attemptView).describe("The 20 most recent attempts, newest first"),
});
export const getWebhookMeta = (scope: WebhookScope) =>
  scope.meta("GET", "/endpoints/{webhookId}", "A webhook with its secret and its 20 most recent attempts", {
    errorResponses: notFound,
    examples: {
      request: { webhookId: sampleWebhookId },
      response: { webhook: sampleWebhook, secret: sampleSecret, deliveries: [sampleAttempt] },
    },
  });

export const updateWebhookInput = webhookIdInput.extend({
  name: webhookFields.name.optional(),
  description: webhookFields.description,
  url: webhookUrl.optional(),
  events: eventTypes.optional(),
  isActive: jsonBoolean().optional().describe("true re-enables a disabled webhook"),
});
export const updateWebhookOutput = z.object({ webhook: webhookView });
export const updateWebhookMeta = (scope: WebhookScope) =>
  scope.meta(
    "PATCH",
    "/endpoints/{webhookId}",
    "Change a webhook's name, description, URL or events; the secret stays",
    {
      errorResponses: notFound,
      examples: {
        request: { webhookId: sampleWebhookId, name: "Updated Name", url: "https://new-url.com/webhook" },
        response: { webhook: { ...sampleWebhook, name: "Updated Name", url: "https://new-url.com/webhook" } },
      },
    },
  );

export const deleteWebhookOutput = deletedOutput;
export const deleteWebhookMeta = (scope: WebhookScope) =>
  scope.meta(
    "DELETE",
    "/endpoints/{webhookId}",
    "Delete a webhook (soft); it stops receiving deliveries at once",
    {
      errorResponses: notFound,
      examples: { request: { webhookId: sampleWebhookId }, response: { status: "deleted" } },
    },
  );

export const testWebhookOutput = z.object({
  delivery: z.object({
    id: z.string(),
    eventType: z.string(),
    success: z.boolean(),
    responseCode: z.number().int().nullable(),
    durationMs: z.number().int(),
    error: z.string().nullable(),
    createdAt: z.date(),
  }),
});
export const testWebhookMeta = (scope: WebhookScope) =>
  scope.meta(
    "POST",
    "/endpoints/{webhookId}/test",
    "Send a sample tenant.created now and return the result",
    {
      description:
        "The request carries X-Webhook-Test: true. Recorded in the delivery log; never retried. A receiver that fails is a result (success: false), not an error.",
      errorResponses: { ...notFound, 429: "More than 10 tests to this webhook in a minute" },
      examples: {
        request: { webhookId: sampleWebhookId },
        response: {
          delivery: {
            id: sampleDeliveryId,
            eventType: "tenant.created",
            success: true,
            responseCode: 200,
            durationMs: 85,
            error: null,
            createdAt: sampleWebhook.createdAt,
          },
        },
      },
    },
  );

export const rotateSecretOutput = z.object({ secret: z.string(), secretPreview: z.string() });
export const rotateSecretMeta = (scope: WebhookScope) =>
  scope.meta(
    "POST",
    "/endpoints/{webhookId}/rotate-secret",
    "Generate a new signing secret; the old one stops at once",
    {
      errorResponses: notFound,
      examples: {
        request: { webhookId: sampleWebhookId },
        response: { secret: "whsec_NEWsecretABCDEFGHIJKLMNOPQRSTUV", secretPreview: "QRSTUV12" },
      },
    },
  );
