import type { Prisma } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { deliverWebhookJob } from "../jobs/deliver-webhook.job.js";
import {
  type InsertedDelivery,
  insertDeliveries,
  listOldestDuePerEndpoint,
} from "../repositories/delivery.repository.js";
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
export async function fanOutEvent(deps: AppDeps, eventId: string): Promise<InsertedDelivery[]> {
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

/**
 * Hands deliveries to the queue, one waiting job per delivery however often the sweep repeats
 * itself; a failed enqueue is harmless (the sweep finds them due).
 */
export async function dispatchDeliveries(deps: AppDeps, ids: string[]): Promise<void> {
  try {
    await deps.jobs.enqueueMany(
      deliverWebhookJob,
      ids.map((deliveryId) => ({ deliveryId })),
    );
  } catch (error) {
    deps.log.warn({ err: error }, "webhook dispatch failed; the sweep will pick the deliveries up");
  }
}

/** Fans out every event not fanned out yet (the outbox drain); returns the new deliveries. */
export async function fanOutPendingEvents(deps: AppDeps, limit = 500): Promise<InsertedDelivery[]> {
  const created: InsertedDelivery[] = [];
  for (const eventId of await listUnfannedEventIds(deps.db, limit))
    created.push(...(await fanOutEvent(deps, eventId)));
  return created;
}

/**
 * Starts lanes for new deliveries: as many per endpoint as it may have in flight, each lane then
 * takes that endpoint's next ones (so a burst of 1,000 events queues a handful of jobs, not 1,000).
 */
export async function dispatchLanes(deps: AppDeps, deliveries: InsertedDelivery[]): Promise<void> {
  const perEndpoint = new Map<string, string[]>();
  for (const { id, endpointId } of deliveries) {
    const lanes = perEndpoint.get(endpointId) ?? [];
    if (lanes.length < deps.env.WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT) lanes.push(id);
    perEndpoint.set(endpointId, lanes);
  }
  await dispatchDeliveries(deps, [...perEndpoint.values()].flat());
}

/**
 * The sweep (webhook-worker.ts, every WEBHOOK_SWEEP_INTERVAL_MS): drain the outbox, then give every
 * endpoint with due work (new, retries, or orphaned by a crash) a lane, from its oldest delivery.
 */
export async function sweepWebhooks(deps: AppDeps): Promise<{ fannedOut: number; dispatched: number }> {
  const fannedOut = (await fanOutPendingEvents(deps)).length; // dispatched below with the rest of the due work
  const due = await listOldestDuePerEndpoint(deps.db, deps.clock.now(), 1000);
  await dispatchDeliveries(deps, due);
  return { fannedOut, dispatched: due.length };
}
