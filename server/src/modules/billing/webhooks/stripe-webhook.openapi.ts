import { errorResponse, type HandWrittenPaths as Paths } from "../../../trpc/openapi/hand-written-paths.js";

/** The Stripe webhook is a raw-body Express route (stripe-webhook.route.ts), described here for the document. */
export const stripeWebhookPaths: Paths = {
  "/billing/webhooks": {
    post: {
      operationId: "billing-stripeWebhook",
      tags: ["billing"],
      summary: "Stripe calls this with events (also served at /api/webhooks/stripe); do not call it yourself",
      description:
        "Authenticated by the Stripe-Signature header over the raw body, with the platform webhook secret " +
        "(STRIPE_WEBHOOK_SECRET) — not by API keys or tokens. Each event is stored once by id and processed by a job: " +
        "checkout.session.completed, customer.subscription.created|updated|deleted, invoice.payment_succeeded, " +
        "invoice.payment_failed, payment_intent.payment_failed, charge.refunded. Duplicates answer 200 and change nothing.",
      parameters: [
        {
          name: "Stripe-Signature",
          in: "header",
          required: true,
          description: "t=<timestamp>,v1=<HMAC-SHA256 of `t.payload`>",
          schema: { type: "string" },
        },
      ],
      requestBody: {
        required: true,
        description: "A Stripe Event object, exactly as Stripe sent it (the signature covers these bytes)",
        content: { "application/json": { schema: { type: "object", additionalProperties: true } } },
      },
      responses: {
        "200": {
          description: "Stored (or already stored: duplicate true)",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: { received: { type: "boolean" }, duplicate: { type: "boolean" } },
                required: ["received", "duplicate"],
              },
            },
          },
        },
        "400": errorResponse("Missing or invalid Stripe-Signature (nothing is stored)"),
        "413": errorResponse("Body over 1 MB"),
        "501": errorResponse("Stripe is not configured"),
      },
    },
  },
};
