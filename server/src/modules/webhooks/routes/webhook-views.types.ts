import { z } from "zod";
import { sample } from "../../../trpc/openapi/examples.js";

export const sampleWebhookId = "9d3f6b1e-4a2c-4e8b-a7d5-0c1f2e3a4b5c";
export const sampleDeliveryId = "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e";
export const sampleEventId = "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b";
export const sampleMessageId = "msg_f1e2d3c4b5a649788a9b0c1d2e3f4a5b";

export const webhookView = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    url: z.string(),
    secretPreview: z.string().describe("The secret's last 8 characters"),
    events: z.array(z.string()),
    isActive: z
      .boolean()
      .describe("False once disabled (410, long failure, or by hand); deleted ones are not listed"),
    disabledAt: z.date().nullable(),
    disabledReason: z.string().nullable(),
    failingSince: z.date().nullable().describe("First failed attempt since the last success"),
    createdBy: z.string().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "Webhook", description: "An outgoing webhook endpoint (never the secret itself)" });

export const webhookHealth = z
  .object({
    attempts: z.number().int(),
    succeeded: z.number().int(),
    successRate: z.number().nullable().describe("succeeded / attempts; null without attempts"),
  })
  .describe("Attempts of the last 24 hours");

export const attemptView = z
  .object({
    id: z.string(),
    deliveryId: z.string(),
    eventType: z.string(),
    payload: z.string().describe("The exact body that was sent (and signed)"),
    requestHeaders: z.record(z.string(), z.string()),
    responseCode: z.number().int().nullable(),
    responseBody: z.string().nullable().describe("The first 4 KB of the answer"),
    success: z.boolean(),
    durationMs: z.number().int(),
    error: z.string().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: "WebhookAttempt", description: "One HTTP attempt of a delivery" });

export const deliveryStatus = z.enum(["pending", "succeeded", "failed", "dead"]);

export const deliveryView = z
  .object({
    id: z.string(),
    webhookId: z.string().describe("The endpoint"),
    webhookName: z.string(),
    eventId: z.string().nullable().describe("Null for a test delivery"),
    eventType: z.string(),
    messageId: z.string().describe("The `webhook-id` header: the same on every delivery of one event"),
    status: deliveryStatus.describe(
      "pending: not attempted yet; failed: an attempt failed and a retry is scheduled; succeeded; dead: retries used up",
    ),
    isTest: z.boolean(),
    attempts: z.number().int(),
    nextAttemptAt: z.date().nullable(),
    lastResponseCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: z.date().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: "WebhookDelivery", description: "One event to one endpoint, across its attempts" });

export const sampleWebhook = {
  id: sampleWebhookId,
  name: "Provisioning",
  description: "Provision new tenants",
  url: "https://example.com/webhook",
  secretPreview: "k9m2pqx7",
  events: ["tenant.created"],
  isActive: true,
  disabledAt: null,
  disabledReason: null,
  failingSince: null,
  createdBy: sample.userId,
  createdAt: sample.at,
  updatedAt: sample.at,
};

export const sampleAttempt = {
  id: "c4d5e6f7-a8b9-4c0d-8e1f-2a3b4c5d6e7f",
  deliveryId: sampleDeliveryId,
  eventType: "tenant.created",
  payload: `{"id":"${sampleEventId}","type":"tenant.created",…}`,
  requestHeaders: { "content-type": "application/json", "webhook-id": sampleMessageId },
  responseCode: 200,
  responseBody: "ok",
  success: true,
  durationMs: 120,
  error: null,
  createdAt: sample.at,
};

export const sampleDelivery = {
  id: sampleDeliveryId,
  webhookId: sampleWebhookId,
  webhookName: "Provisioning",
  eventId: sampleEventId,
  eventType: "tenant.created",
  messageId: sampleMessageId,
  status: "succeeded",
  isTest: false,
  attempts: 1,
  nextAttemptAt: null,
  lastResponseCode: 200,
  lastError: null,
  deliveredAt: sample.at,
  createdAt: sample.at,
};
