import type { DbTx, Prisma } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { dispatchEmails } from "../../mail/services/outbox.service.js";
import {
  type ClaimedDelivery,
  type ClaimOutcome,
  claimDueDelivery,
  claimNextDueOfEndpoint,
  endpointOfDelivery,
  finishAttempt,
  insertAttempt,
} from "../repositories/delivery.repository.js";
import {
  findEndpointForDelivery,
  lockEndpointRow,
  markEndpointFailing,
  markEndpointHealthy,
} from "../repositories/endpoint.repository.js";
import { disableFailingEndpoint } from "./endpoint-disable.service.js";
import { postWebhook, type SendResult } from "./http-sender.js";
import { nextAttemptAt, parseRetrySchedule } from "./retry-schedule.js";
import { decryptSecret } from "./secrets.js";
import { signWebhook } from "./signing.js";
import { targetPolicy } from "./target-policy.js";

/** Longer than one attempt can take (its timeout plus the writes around it), so a live attempt keeps its lease. */
const leaseMs = (deps: AppDeps) => deps.env.WEBHOOK_TIMEOUT_MS + 5_000;

export type DeliveryResult = "succeeded" | "retrying" | "dead" | "disabled" | "not_due" | "endpoint_busy";

type Endpoint = NonNullable<Awaited<ReturnType<typeof findEndpointForDelivery>>>;

/** Sends one HTTP attempt of a leased delivery and records it; returns what the receiver said. */
export async function sendAttempt(
  deps: AppDeps,
  delivery: ClaimedDelivery,
  endpoint: Endpoint,
): Promise<SendResult> {
  const body = JSON.stringify(delivery.payload);
  const secret = decryptSecret(deps.webhookSecretKey, endpoint.secretEncrypted);
  const headers: Record<string, string> = {
    ...signWebhook(secret, delivery.webhookId, deps.clock.now(), body),
  };
  if (delivery.isTest) headers["x-webhook-test"] = "true";
  const policy = targetPolicy(deps.env);
  const result = await postWebhook(endpoint.url, headers, body, policy, deps.env.WEBHOOK_TIMEOUT_MS);
  await insertAttempt(deps.db, {
    deliveryId: delivery.id,
    requestHeaders: headers as Prisma.InputJsonObject,
    requestBody: body,
    responseCode: result.status,
    responseBody: result.body,
    durationMs: result.durationMs,
    error: result.error,
    createdAt: deps.clock.now(),
  });
  return result;
}

const isSuccess = (result: SendResult) =>
  result.status !== null && result.status >= 200 && result.status < 300;

/**
 * One attempt of a due delivery. The lease (a conditional update) means two workers never send
 * one delivery at once; a worker that dies mid-attempt loses its lease and the sweep resumes the
 * delivery. No transaction is open during the HTTP call. 2xx succeeds; 410 disables the endpoint;
 * anything else retries on WEBHOOK_RETRY_SCHEDULE, then the delivery is dead.
 */
export async function deliverWebhook(deps: AppDeps, deliveryId: string): Promise<DeliveryResult> {
  return attemptClaim(deps, (now, leaseUntil, cap) =>
    claimDueDelivery(deps.db, deliveryId, now, leaseUntil, cap),
  );
}

type Claim = (now: Date, leaseUntil: Date, maxInFlight: number) => Promise<ClaimOutcome>;

async function attemptClaim(deps: AppDeps, claimWith: Claim): Promise<DeliveryResult> {
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + leaseMs(deps));
  const claim = await claimWith(now, leaseUntil, deps.env.WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT);
  if (!claim.claimed) return claim.reason;
  const delivery = claim.claimed;
  const endpoint = await findEndpointForDelivery(deps.db, delivery.endpointId);
  if (!endpoint || endpoint.deletedAt || !endpoint.isActive) {
    await deps.db.$transaction((tx) =>
      finishAttempt(tx, delivery.id, {
        status: "dead",
        nextAttemptAt: null,
        responseCode: null,
        error: endpoint?.deletedAt ? "Endpoint deleted" : "Endpoint disabled",
        deliveredAt: null,
      }),
    );
    return "dead";
  }
  const result = await sendAttempt(deps, delivery, endpoint);
  const at = deps.clock.now();
  let disableEmails: string[] = [];
  const disable = async (tx: DbTx, reason: string) => {
    disableEmails = (await disableFailingEndpoint(deps, tx, endpoint, at, reason)) ?? [];
  };
  if (isSuccess(result) && endpoint.failingSince === null) {
    // The common case touches only the delivery row: no endpoint lock, no transaction.
    await finishAttempt(deps.db, delivery.id, {
      status: "succeeded",
      nextAttemptAt: null,
      responseCode: result.status,
      error: null,
      deliveredAt: at,
    });
    return "succeeded";
  }
  const outcome = await deps.db.$transaction(async (tx): Promise<DeliveryResult> => {
    await lockEndpointRow(tx, endpoint.id);
    const error = result.error ?? (isSuccess(result) ? null : `HTTP ${result.status}`);
    if (isSuccess(result)) {
      await finishAttempt(tx, delivery.id, {
        status: "succeeded",
        nextAttemptAt: null,
        responseCode: result.status,
        error: null,
        deliveredAt: at,
      });
      await markEndpointHealthy(tx, endpoint.id);
      return "succeeded";
    }
    if (result.status === 410) {
      await finishAttempt(tx, delivery.id, {
        status: "dead",
        nextAttemptAt: null,
        responseCode: 410,
        error,
        deliveredAt: null,
      });
      await disable(tx, "the receiver answered 410 Gone");
      return "disabled";
    }
    const schedule = parseRetrySchedule(deps.env.WEBHOOK_RETRY_SCHEDULE);
    const next = nextAttemptAt(at, delivery.attempts + 1, schedule, deps.env.WEBHOOK_RETRY_JITTER);
    await finishAttempt(tx, delivery.id, {
      status: next ? "failed" : "dead",
      nextAttemptAt: next,
      responseCode: result.status,
      error,
      deliveredAt: null,
    });
    const failingSince = await markEndpointFailing(tx, endpoint.id, at);
    const limitMs = deps.env.WEBHOOK_DISABLE_AFTER_HOURS * 3_600_000;
    if (at.getTime() - failingSince.getTime() >= limitMs) {
      const hours = deps.env.WEBHOOK_DISABLE_AFTER_HOURS;
      await disable(tx, `every delivery failed for ${hours} hours`);
      return "disabled";
    }
    return next ? "retrying" : "dead";
  });
  await dispatchEmails(deps, disableEmails);
  return outcome;
}

/** How long one job keeps taking its endpoint's next deliveries before it frees its worker. */
const LANE_MS = 2_000;

/**
 * The delivery job: attempts one delivery, then keeps its endpoint slot busy with that endpoint's
 * next due deliveries for up to LANE_MS. At most WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT such lanes run
 * per endpoint; a job that finds every slot taken ends at once (the running lanes go on). Returns
 * the delivery to continue with when the time ran out with work left, else null.
 */
export async function deliverInLane(deps: AppDeps, deliveryId: string): Promise<string | null> {
  const endpointId = await endpointOfDelivery(deps.db, deliveryId);
  if (!endpointId) return null;
  const started = performance.now();
  if ((await deliverWebhook(deps, deliveryId)) === "endpoint_busy") return null;
  const claimNext: Claim = (now, leaseUntil, cap) =>
    claimNextDueOfEndpoint(deps.db, endpointId, now, leaseUntil, cap);
  while (performance.now() - started < LANE_MS) {
    const result = await attemptClaim(deps, claimNext);
    if (result === "endpoint_busy" || result === "not_due") return null;
  }
  return deliveryId; // time is up: the next job of this lane takes the endpoint's next delivery
}
