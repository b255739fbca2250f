import { formatRelative } from "../../lib/format";
import type { Delivery, DeliveryStatus, Health, TestResult, Webhook } from "./types";

export interface BadgeInfo {
  label: string;
  color: string;
}

/** Floor, so 199 of 200 reads 99 %: "100 %" only when every attempt succeeded. */
export function successPercent(rate: number): number {
  return Math.floor(rate * 100);
}

/** "12/12 ok · 100 %" over the last 24 hours, or that there were none. */
export function healthText(health: Health): string {
  if (health.attempts === 0 || health.successRate === null) return "No attempts in 24 h";
  return `${health.succeeded}/${health.attempts} ok · ${successPercent(health.successRate)} %`;
}

export function healthColor(health: Health): string {
  if (health.successRate === null) return "dimmed";
  if (health.successRate === 1) return "teal.8";
  return health.successRate >= 0.9 ? "yellow.8" : "red.7";
}

export interface WebhookStatusInfo extends BadgeInfo {
  /** Why it is disabled, or since when it has been failing; null when all is well. */
  detail: string | null;
}

/** Active, Failing (no success since an attempt failed) or Disabled with its reason. */
export function webhookStatus(
  webhook: Pick<Webhook, "isActive" | "disabledReason" | "failingSince">,
  now: number = Date.now(),
): WebhookStatusInfo {
  if (!webhook.isActive) {
    return { label: "Disabled", color: "gray", detail: webhook.disabledReason ?? "Turned off by hand" };
  }
  if (webhook.failingSince) {
    return {
      label: "Failing",
      color: "orange",
      detail: `No success since ${formatRelative(webhook.failingSince, now)}`,
    };
  }
  return { label: "Active", color: "teal", detail: null };
}

const DELIVERY_BADGES: Record<DeliveryStatus, BadgeInfo> = {
  pending: { label: "Pending", color: "blue" },
  failed: { label: "Failed", color: "orange" },
  dead: { label: "Dead", color: "red" },
  succeeded: { label: "Succeeded", color: "teal" },
};

export function deliveryBadge(status: DeliveryStatus): BadgeInfo {
  return DELIVERY_BADGES[status];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** What happens next to a delivery, or how it ended: "Next attempt in 2 min", "Delivered 5 min ago". */
export function deliveryTiming(
  delivery: Pick<Delivery, "status" | "attempts" | "nextAttemptAt" | "deliveredAt" | "isTest">,
  now: number = Date.now(),
): string {
  switch (delivery.status) {
    case "succeeded":
      return `Delivered ${formatRelative(delivery.deliveredAt, now)}`;
    case "failed":
      if (delivery.nextAttemptAt) return `Next attempt ${formatRelative(delivery.nextAttemptAt, now)}`;
      return delivery.isTest ? "Tests are not retried" : "Retry scheduled";
    case "dead":
      return `Gave up after ${plural(delivery.attempts, "attempt")}`;
    case "pending":
      return "Waiting to be sent";
  }
}

/** The facts a phone shows under a delivery's event type: "Provisioning · 3 attempts · last HTTP 500". */
export function deliverySummary(
  delivery: Pick<Delivery, "webhookName" | "attempts" | "lastResponseCode">,
): string {
  if (delivery.attempts === 0) return `${delivery.webhookName} · not attempted yet`;
  const last = delivery.lastResponseCode === null ? "no response" : `last HTTP ${delivery.lastResponseCode}`;
  return `${delivery.webhookName} · ${plural(delivery.attempts, "attempt")} · ${last}`;
}

/** An attempt's answer in one short phrase: "HTTP 200", or "No response" when none came. */
export function responseLabel(code: number | null): string {
  return code === null ? "No response" : `HTTP ${code}`;
}

/** The outcome of "Send test", in a sentence. */
export function testResultText(
  result: Pick<TestResult, "success" | "responseCode" | "durationMs" | "error">,
) {
  const took = `${result.durationMs} ms`;
  if (result.success) return `The receiver answered HTTP ${result.responseCode} in ${took}.`;
  const answer =
    result.responseCode === null
      ? `No answer after ${took}`
      : `The receiver answered HTTP ${result.responseCode} in ${took}`;
  return result.error ? `${answer}: ${result.error}` : `${answer}.`;
}

/** A body as sent: JSON indented for reading, anything else unchanged. */
export function prettyJson(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export function attemptBadge(success: boolean): BadgeInfo {
  return success ? { label: "OK", color: "teal" } : { label: "Failed", color: "red" };
}

/** The toast after "Requeue all dead": how many deliveries go out again. */
export function requeuedNotice(requeued: number): { title: string; message: string } {
  if (requeued === 0) return { title: "Nothing to requeue", message: "No delivery was dead." };
  return {
    title: "Dead deliveries requeued",
    message: `${requeued} ${requeued === 1 ? "delivery" : "deliveries"} will be attempted again shortly.`,
  };
}
