import { describe, expect, it } from "vitest";
import { CHECKOUT_POLL_MS, checkoutPhase, isCheckoutSessionId, nextPoll } from "./checkout-phase";
import type { CheckoutResult } from "./types";

const result = (status: string): CheckoutResult => ({
  status,
  paymentStatus: status === "complete" ? "paid" : "unpaid",
  kind: "plan",
  planId: "p1",
  bundleId: null,
});
const httpError = (httpStatus: number) => Object.assign(new Error("x"), { data: { httpStatus } });

describe("checkout return polling", () => {
  it("waits while the checkout is open and polls every second", () => {
    expect(checkoutPhase(undefined, null, false)).toBe("waiting");
    expect(checkoutPhase(result("open"), null, false)).toBe("waiting");
    expect(nextPoll(result("open"), null, false)).toBe(CHECKOUT_POLL_MS);
  });

  it("stops once complete or expired", () => {
    expect(checkoutPhase(result("complete"), null, false)).toBe("complete");
    expect(checkoutPhase(result("expired"), null, false)).toBe("expired");
    expect(nextPoll(result("complete"), null, false)).toBe(false);
    // A late "complete" still wins over having given up.
    expect(checkoutPhase(result("complete"), null, true)).toBe("complete");
  });

  it("gives up on an open checkout after the wait", () => {
    expect(checkoutPhase(result("open"), null, true)).toBe("stalled");
    expect(nextPoll(result("open"), null, true)).toBe(false);
  });

  it("keeps asking through network blips and server errors, not through 4xx", () => {
    expect(checkoutPhase(undefined, new Error("Failed to fetch"), false)).toBe("waiting");
    expect(checkoutPhase(undefined, httpError(503), false)).toBe("waiting");
    expect(checkoutPhase(undefined, httpError(404), false)).toBe("failed");
    expect(nextPoll(undefined, httpError(404), false)).toBe(false);
    expect(checkoutPhase(undefined, new Error("Failed to fetch"), true)).toBe("failed");
  });

  it("accepts only Checkout Session ids", () => {
    expect(isCheckoutSessionId("cs_test_a1B2")).toBe(true);
    expect(isCheckoutSessionId("{CHECKOUT_SESSION_ID}")).toBe(false);
    expect(isCheckoutSessionId(null)).toBe(false);
    expect(isCheckoutSessionId("cs_../x")).toBe(false);
  });
});
