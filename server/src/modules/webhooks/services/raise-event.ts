import { randomUUID } from "node:crypto";
import type { DbTx } from "@baseplate/db";
import {
  WEBHOOK_EVENTS,
  type WebhookEventData,
  type WebhookEventType,
  type WebhookPayload,
} from "../catalog/event-catalog.js";
import { notifyOutbox } from "./outbox-notify.js";

export interface RaisedEvent<T extends WebhookEventType> {
  tenantId: string;
  type: T;
  data: WebhookEventData<T>;
  at?: Date;
}

/**
 * Writes the event to the outbox in the caller's transaction: it exists if and only if the change
 * that caused it commits. Worker nodes are woken on commit and fan it out to endpoints.
 */
export async function raiseEvent<T extends WebhookEventType>(
  tx: DbTx,
  event: RaisedEvent<T>,
): Promise<string> {
  const parsed = WEBHOOK_EVENTS[event.type].data.safeParse(event.data);
  if (!parsed.success) throw new Error(`Invalid ${event.type} event: ${parsed.error.message}`); // a bug in the caller, not bad input
  const id = randomUUID();
  const createdAt = event.at ?? new Date();
  const payload: WebhookPayload = {
    id,
    type: event.type,
    createdAt: createdAt.toISOString(),
    tenantId: event.tenantId,
    data: parsed.data,
  };
  await tx.webhookEvent.create({
    data: { id, tenantId: event.tenantId, type: event.type, payload: payload as object, createdAt },
    select: { id: true },
  });
  await notifyOutbox(tx);
  return id;
}
