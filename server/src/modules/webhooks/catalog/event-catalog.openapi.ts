import { z } from "zod";
import { WEBHOOK_EVENT_TYPES, WEBHOOK_EVENTS } from "./event-catalog.js";

const header = (description: string) => ({ required: true, schema: { type: "string" }, description });

const signatureHeaders = [
  {
    name: "X-Webhook-Signature",
    in: "header",
    ...header("HMAC-SHA256 (hex) of the exact body, keyed with the whole whsec_ secret"),
  },
  {
    name: "webhook-id",
    in: "header",
    ...header("msg_…: the same on every delivery and resend of one event; deduplicate on it"),
  },
  {
    name: "webhook-timestamp",
    in: "header",
    ...header("Unix seconds when this attempt was signed; reject old ones"),
  },
  {
    name: "webhook-signature",
    in: "header",
    ...header(
      "v1,<base64 HMAC-SHA256 of `id.timestamp.body`> keyed with the base64 part of the secret (Standard Webhooks)",
    ),
  },
  {
    name: "X-Webhook-Test",
    in: "header",
    required: false,
    schema: { type: "string", enum: ["true"] },
    description: "Present on test deliveries only",
  },
];

/** The OpenAPI 3.1 `webhooks` section: what each event type POSTs to a subscribed endpoint. */
export function webhookEventsOpenApi() {
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => {
      const { description, data } = WEBHOOK_EVENTS[type];
      const envelope = z.object({
        id: z.uuid().describe("The event id"),
        type: z.literal(type),
        createdAt: z.iso.datetime(),
        tenantId: z.uuid().describe("The tenant the event belongs to"),
        data,
      });
      return [
        type,
        {
          post: {
            summary: type,
            description: `${description} Answer 2xx to acknowledge; anything else is retried, 410 disables the endpoint.`,
            tags: ["webhooks"],
            parameters: signatureHeaders,
            requestBody: {
              required: true,
              content: { "application/json": { schema: z.toJSONSchema(envelope, { io: "input" }) } },
            },
            responses: { "200": { description: "Acknowledged (any 2xx)" } },
          },
        },
      ];
    }),
  );
}
