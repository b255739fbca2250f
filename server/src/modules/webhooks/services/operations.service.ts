import { randomUUID } from "node:crypto";
import type { Prisma } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import type { WebhookPayload } from "../catalog/event-catalog.js";
import {
  type ClaimedDelivery,
  findDelivery,
  findDeliveryUnderWay,
  finishAttempt,
  insertDeliveries,
  requeueDeadDeliveries,
} from "../repositories/delivery.repository.js";
import { findEndpoint } from "../repositories/endpoint.repository.js";
import { sendAttempt } from "./delivery.service.js";
import type { WebhookActor } from "./endpoints.service.js";
import { dispatchDeliveries } from "./fan-out.service.js";

function auditEntry(actor: WebhookActor, action: string, metadata: Prisma.InputJsonObject) {
  return {
    action: `webhooks.${action}`,
    userId: actor.actorId,
    tenantId: actor.tenantId,
    metadata,
    ...(actor.origin ? { request: actor.origin } : {}),
  };
}

/**
 * Sends a sample `tenant.created` now, with `X-Webhook-Test: true`, and returns what the receiver
 * answered. Recorded like any delivery (isTest), never retried.
 */
export async function sendTestDelivery(deps: AppDeps, actor: WebhookActor, endpointId: string) {
  const endpoint = await findEndpoint(deps.db, actor.tenantId, endpointId);
  if (!endpoint) throw new AppError("NOT_FOUND", "Webhook not found");
  await deps.rateLimits.consume("webhookTestsPerEndpoint", endpointId);
  const now = deps.clock.now();
  const eventId = randomUUID();
  const tenant = await deps.db.tenant.findUnique({
    where: { id: actor.tenantId },
    select: { name: true, slug: true },
  });
  const payload: WebhookPayload = {
    id: eventId,
    type: "tenant.created",
    createdAt: now.toISOString(),
    tenantId: actor.tenantId,
    data: {
      tenant: { id: actor.tenantId, name: tenant?.name ?? "Example", slug: tenant?.slug ?? "example" },
      ownerId: actor.actorId ?? actor.tenantId,
    },
  };
  const webhookId = `msg_${eventId.replaceAll("-", "")}`;
  const [inserted] = await deps.db.$transaction(async (tx) => {
    const ids = await insertDeliveries(tx, [
      {
        tenantId: actor.tenantId,
        endpointId,
        eventId: null,
        eventType: payload.type,
        webhookId,
        payload: payload as unknown as Prisma.InputJsonValue,
        isTest: true,
        nextAttemptAt: now,
        createdAt: now,
      },
    ]);
    await writeAudit(tx, auditEntry(actor, "test_sent", { endpointId }));
    return ids;
  });
  const deliveryId = inserted?.id;
  if (!deliveryId) throw new Error("test delivery was not inserted");
  const delivery: ClaimedDelivery = {
    id: deliveryId,
    tenantId: actor.tenantId,
    endpointId,
    webhookId,
    eventType: payload.type,
    payload,
    attempts: 0,
    isTest: true,
  };
  const result = await sendAttempt(deps, delivery, { ...endpoint, deletedAt: null });
  const ok = result.status !== null && result.status >= 200 && result.status < 300;
  const error = result.error ?? (ok ? null : `HTTP ${result.status}`);
  await deps.db.$transaction((tx) =>
    finishAttempt(tx, deliveryId, {
      status: ok ? "succeeded" : "dead", // a test is never retried
      nextAttemptAt: null,
      responseCode: result.status,
      error,
      deliveredAt: ok ? deps.clock.now() : null,
    }),
  );
  return { ...result, deliveryId, createdAt: now, success: ok, error };
}

/** A dead delivery back to pending (due now); idempotent: a delivery that is not dead stays as it is. */
export async function requeueDelivery(deps: AppDeps, actor: WebhookActor, deliveryId: string) {
  const delivery = await findDelivery(deps.db, actor.tenantId, deliveryId);
  if (!delivery) throw new AppError("NOT_FOUND", "Delivery not found");
  const ids = await deps.db.$transaction(async (tx) => {
    const requeued = await requeueDeadDeliveries(
      tx,
      { tenantId: actor.tenantId, id: deliveryId },
      deps.clock.now(),
    );
    if (requeued.length > 0) await writeAudit(tx, auditEntry(actor, "delivery_requeued", { deliveryId }));
    return requeued;
  });
  await dispatchDeliveries(deps, ids);
  return { requeued: ids.length };
}

/** Every dead delivery of the tenant (or of one endpoint) back to pending. */
export async function requeueAllDead(deps: AppDeps, actor: WebhookActor, endpointId?: string) {
  if (endpointId && !(await findEndpoint(deps.db, actor.tenantId, endpointId)))
    throw new AppError("NOT_FOUND", "Webhook not found");
  const ids = await deps.db.$transaction(async (tx) => {
    const where = { tenantId: actor.tenantId, ...(endpointId ? { endpointId } : {}) };
    const requeued = await requeueDeadDeliveries(tx, where, deps.clock.now());
    if (requeued.length > 0)
      await writeAudit(
        tx,
        auditEntry(actor, "dead_requeued", { endpointId: endpointId ?? null, count: requeued.length }),
      );
    return requeued;
  });
  await dispatchDeliveries(deps, ids);
  return { requeued: ids.length };
}

/**
 * A new delivery of the same event to the same endpoint, with the same `webhook-id`. Idempotent
 * while it is under way: a resend of a message that is still pending (or retrying) at this endpoint
 * returns that delivery instead of queueing another (serialised per message by an advisory lock).
 */
export async function resendDelivery(deps: AppDeps, actor: WebhookActor, deliveryId: string) {
  const original = await findDelivery(deps.db, actor.tenantId, deliveryId);
  if (!original) throw new AppError("NOT_FOUND", "Delivery not found");
  if (original.endpoint.deletedAt || !original.endpoint.isActive)
    throw new AppError("CONFLICT", "The webhook is disabled or deleted; enable it first");
  const now = deps.clock.now();
  const ids = await deps.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`webhook-resend:${original.endpointId}:${original.webhookId}`}, 0))`;
    const underWay = await findDeliveryUnderWay(tx, original.endpointId, original.webhookId);
    if (underWay) return [underWay.id];
    const created = await insertDeliveries(tx, [
      {
        tenantId: original.tenantId,
        endpointId: original.endpointId,
        eventId: original.eventId,
        eventType: original.eventType,
        webhookId: original.webhookId,
        payload: original.payload as Prisma.InputJsonValue,
        isTest: original.isTest,
        nextAttemptAt: now,
        createdAt: now,
      },
    ]);
    await writeAudit(
      tx,
      auditEntry(actor, "delivery_resent", { deliveryId, newDeliveryId: created[0]?.id ?? null }),
    );
    return created.map((delivery) => delivery.id);
  });
  await dispatchDeliveries(deps, ids);
  return { deliveryId: ids[0] as string };
}
