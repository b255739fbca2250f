import { httpStatusOf } from "../../lib/errors";
import type { CheckoutResult } from "./types";

/** Stripe confirms a paid checkout within seconds; after this long the page stops asking and explains. */
export const CHECKOUT_POLL_MS = 1_000;
export const CHECKOUT_GIVE_UP_MS = 30_000;

const SESSION_ID = /^cs_[A-Za-z0-9_]{1,200}$/;

export function isCheckoutSessionId(value: string | null): value is string {
  return value !== null && SESSION_ID.test(value);
}

/**
 * waiting: still asking · complete: paid (or nothing to pay) and applied · expired: the checkout ran out ·
 * stalled: still open after the wait · failed: the server cannot tell (unknown id, another team's checkout).
 */
export type CheckoutPhase = "waiting" | "complete" | "expired" | "stalled" | "failed";

/** A 4xx will not change by asking again; a network blip or 5xx might. */
export function isFinalError(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status !== null && status >= 400 && status < 500;
}

export function checkoutPhase(
  result: CheckoutResult | undefined,
  error: unknown,
  gaveUp: boolean,
): CheckoutPhase {
  if (result?.status === "complete") return "complete";
  if (result?.status === "expired") return "expired";
  if (error && isFinalError(error)) return "failed";
  if (gaveUp) return result === undefined && error ? "failed" : "stalled";
  return "waiting";
}

/** React Query's refetchInterval: every second until the checkout is settled or the page gave up. */
export function nextPoll(
  result: CheckoutResult | undefined,
  error: unknown,
  gaveUp: boolean,
): number | false {
  return checkoutPhase(result, error, gaveUp) === "waiting" ? CHECKOUT_POLL_MS : false;
}
