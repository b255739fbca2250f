import type { Prisma } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { deliverWebhookJob } from "../jobs/deliver-webhook.job.js";
import { insertDeliveries, listDueDeliveryIds } from "../repositories/delivery.repository.js";
import { listSubscribedEndpointIds } from "../repositories/endpoint.repository.js";
import { claimEventForFanOut, listUnfannedEventIds } from "../repositories/event.repository.js";

/** The Standard Webhooks message id of an event: every delivery (and resend) of it carries it. */
export function webhookIdOf(eventId: string): string {
  return `msg_${eventId.replaceAll("-", "")}`;
}

/**
 * One delivery per active subscribed endpoint of the event's tenant, inserted in the transaction
 * that marks the event fanned out: done exactly once, however many workers try. Returns the new
 * delivery ids (empty when another worker already fanned it out).
 */
export async function fanOutEvent(deps: AppDeps, eventId: string): Promise<string[]> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const event = await claimEventForFanOut(tx, eventId, now);
    if (!event) return [];
    const endpoints = await listSubscribedEndpointIds(tx, event.tenantId, event.type, event.createdAt);
    if (endpoints.length === 0) return [];
    return insertDeliveries(
      tx,
      endpoints.map((endpoint) => ({
        tenantId: event.tenantId,
        endpointId: endpoint.id,
        eventId: event.id,
        eventType: event.type,
        webhookId: webhookIdOf(event.id),
        payload: event.payload as Prisma.InputJsonValue,
        nextAttemptAt: now,
        createdAt: now,
      })),
    );
  });
}

/** Hands deliveries to the queue; a failed enqueue is harmless (the sweep finds them due). */
export async function dispatchDeliveries(deps: AppDeps, ids: string[]): Promise<void> {
  try {
    for (const deliveryId of ids) await deps.jobs.enqueue(deliverWebhookJob, { deliveryId });
  } catch (error) {
    deps.log.warn({ err: error }, "webhook dispatch failed; the sweep will pick the deliveries up");
  }
}

/** Fans out every event not fanned out yet (the outbox drain); returns the new delivery ids. */
export async function fanOutPendingEvents(deps: AppDeps, limit = 500): Promise<string[]> {
  const created: string[] = [];
  for (const eventId of await listUnfannedEventIds(deps.db, limit))
    created.push(...(await fanOutEvent(deps, eventId)));
  return created;
}

/** The sweep (webhook-worker.ts, every WEBHOOK_SWEEP_INTERVAL_MS): drain the outbox, then dispatch every due delivery (new, retry, or orphaned by a crash). */
export async function sweepWebhooks(deps: AppDeps): Promise<{ fannedOut: number; dispatched: number }> {
  const fannedOut = (await fanOutPendingEvents(deps)).length;
  const due = await listDueDeliveryIds(deps.db, deps.clock.now(), 1000);
  await dispatchDeliveries(deps, due);
  return { fannedOut, dispatched: due.length };
}
