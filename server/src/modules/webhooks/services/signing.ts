import { createHmac } from "node:crypto";

export interface SignedHeaders {
  "content-type": "application/json";
  "user-agent": string;
  "x-webhook-signature": string;
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

/**
 * Two signatures over the exact body bytes: `X-Webhook-Signature` (HMAC-SHA256 hex, keyed with the
 * whole `whsec_…` string) and Standard Webhooks (`v1,<base64>` over `id.timestamp.body`, keyed
 * with the base64-decoded part after `whsec_`), whose timestamp lets receivers reject replays.
 */
export function signWebhook(secret: string, webhookId: string, at: Date, body: string): SignedHeaders {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const standardKey = Buffer.from(secret.slice("whsec_".length), "base64");
  const standard = createHmac("sha256", standardKey)
    .update(`${webhookId}.${timestamp}.${body}`)
    .digest("base64");
  return {
    "content-type": "application/json",
    "user-agent": "Baseplate-Webhooks/1",
    "x-webhook-signature": createHmac("sha256", secret).update(body).digest("hex"),
    "webhook-id": webhookId,
    "webhook-timestamp": timestamp,
    "webhook-signature": `v1,${standard}`,
  };
}
