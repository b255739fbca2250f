import { z } from "zod";

const role = z.enum(["owner", "admin", "user"]);
const tenantSnapshot = z.object({ id: z.uuid(), name: z.string(), slug: z.string() });

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
