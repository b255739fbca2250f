import { z } from "zod";

const role = z.enum(["owner", "admin", "user"]);
const tenantSnapshot = z.object({ id: z.uuid(), name: z.string(), slug: z.string() });
const subscriptionSnapshot = z.object({
  id: z.uuid(),
  stripeSubscriptionId: z.string(),
  planId: z.uuid().nullable(),
  status: z.string().describe("Stripe's status: active, trialing, past_due, canceled, …"),
  interval: z.enum(["month", "year"]),
  currentPeriodEnd: z.iso.datetime(),
  cancelAtPeriodEnd: z.boolean(),
});
const transactionSnapshot = z.object({
  id: z.uuid(),
  invoiceNumber: z.string().nullable(),
  type: z.enum(["subscription", "purchase", "refund"]),
  description: z.string(),
  amountCents: z.number().int().describe("Negative for a refund"),
  currency: z.string(),
  createdAt: z.iso.datetime(),
});

/**
 * Every event a webhook can subscribe to: its type, what it means and its `data` schema. Adding an
 * event is one entry here plus one raiseEvent call where the change happens.
 */
export const WEBHOOK_EVENTS = {
  "tenant.created": {
    description: "A team was created (at signup or by a user); sent to the root tenant (platform).",
    data: z.object({ tenant: tenantSnapshot, ownerId: z.uuid() }),
  },
  "tenant.updated": {
    description: "A team's name changed.",
    data: z.object({ tenant: tenantSnapshot }),
  },
  "member.added": {
    description: "A user joined the team.",
    data: z.object({ userId: z.uuid(), role, via: z.enum(["signup", "tenant_created", "invitation"]) }),
  },
  "member.removed": {
    description: "A member left or was removed from the team.",
    data: z.object({ userId: z.uuid(), role, reason: z.enum(["removed", "left"]) }),
  },
  "member.role_changed": {
    description: "A member's role changed (including ownership transfers).",
    data: z.object({ userId: z.uuid(), from: role, to: role }),
  },
  "invitation.sent": {
    description: "Someone was invited to join the team.",
    data: z.object({ invitationId: z.uuid(), email: z.string(), role, expiresAt: z.iso.datetime() }),
  },
  "invitation.accepted": {
    description: "An invitation was accepted; the user is now a member.",
    data: z.object({ invitationId: z.uuid(), userId: z.uuid(), role }),
  },
  "user.created": {
    description: "An account was created; sent to the root tenant (platform).",
    data: z.object({
      user: z.object({ id: z.uuid(), email: z.string(), displayName: z.string() }),
      method: z.enum(["password", "google"]),
    }),
  },
  "subscription.activated": {
    description: "The team's subscription became active (first payment, or back from past due).",
    data: z.object({ subscription: subscriptionSnapshot }),
  },
  "subscription.updated": {
    description: "The team's subscription changed: plan, cancel at period end set or cleared, or status.",
    data: z.object({
      subscription: subscriptionSnapshot,
      previous: z.object({ status: z.string(), planId: z.uuid().nullable(), cancelAtPeriodEnd: z.boolean() }),
    }),
  },
  "subscription.canceled": {
    description: "The team's subscription ended; the team is back on the Free plan.",
    data: z.object({ subscription: subscriptionSnapshot }),
  },
  "subscription.past_due": {
    description: "A renewal payment failed; Stripe retries while the grace period runs.",
    data: z.object({ subscription: subscriptionSnapshot }),
  },
  "payment.failed": {
    description: "A subscription payment failed (sent with subscription.past_due).",
    data: z.object({ subscription: subscriptionSnapshot }),
  },
  "invoice.paid": {
    description: "A subscription invoice was paid: the transaction with its invoice number.",
    data: z.object({ transaction: transactionSnapshot, planId: z.uuid().nullable() }),
  },
  "credits.purchased": {
    description: "A credit bundle was paid for and its credits added to the purchased balance.",
    data: z.object({
      transaction: transactionSnapshot,
      bundleId: z.uuid().nullable(),
      credits: z.number().int(),
    }),
  },
  "credits.low": {
    description: "A spend took the team's credit balance below CREDITS_LOW_THRESHOLD.",
    data: z.object({
      balance: z.number().int(),
      subscriptionCredits: z.number().int(),
      purchasedCredits: z.number().int(),
      threshold: z.number().int(),
    }),
  },
  "refund.created": {
    description: "A payment was refunded (in part or in full).",
    data: z.object({ transaction: transactionSnapshot, refundedTransactionId: z.uuid() }),
  },
} as const satisfies Record<string, { description: string; data: z.ZodType }>;

export type WebhookEventType = keyof typeof WEBHOOK_EVENTS;
export type WebhookEventData<T extends WebhookEventType> = z.input<(typeof WEBHOOK_EVENTS)[T]["data"]>;

export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENTS) as WebhookEventType[];

export function isWebhookEventType(type: string): type is WebhookEventType {
  return Object.hasOwn(WEBHOOK_EVENTS, type);
}

/** The envelope every delivery carries. */
export interface WebhookPayload {
  id: string;
  type: WebhookEventType;
  createdAt: string;
  tenantId: string;
  data: unknown;
}
