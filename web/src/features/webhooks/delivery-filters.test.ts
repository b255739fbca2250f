import { describe, expect, it } from "vitest";
import {
  DELIVERY_IDLE_POLL_MS,
  DELIVERY_POLL_MS,
  deliveriesInput,
  deliveryPollInterval,
  filtersFromParams,
  filtersToParams,
  needsPolling,
} from "./delivery-filters";

const WEBHOOK = "9d3f6b1e-4a2c-4e8b-a7d5-0c1f2e3a4b5c";

describe("delivery log filters", () => {
  it("are read from the address, ignoring an unknown status", () => {
    expect(filtersFromParams(new URLSearchParams(`status=dead&webhookId=${WEBHOOK}`))).toEqual({
      status: "dead",
      webhookId: WEBHOOK,
      eventType: null,
    });
    expect(filtersFromParams(new URLSearchParams("status=lost&eventType="))).toEqual({
      status: null,
      webhookId: null,
      eventType: null,
    });
  });

  it("are written back to the address without the unset ones", () => {
    const params = filtersToParams({ status: "failed", webhookId: null, eventType: "tenant.updated" });
    expect(params.toString()).toBe("status=failed&eventType=tenant.updated");
    expect(filtersToParams({ status: null, webhookId: null, eventType: null }).toString()).toBe("");
  });

  it("become the query's input, all filters meaning no filter", () => {
    expect(deliveriesInput({ status: null, webhookId: null, eventType: null })).toEqual({});
    expect(deliveriesInput({ status: "dead", webhookId: WEBHOOK, eventType: "member.added" })).toEqual({
      status: "dead",
      webhookId: WEBHOOK,
      eventType: "member.added",
    });
  });
});

describe("polling the log", () => {
  const soon = "2026-05-01T12:00:02Z";

  it("goes on while a shown delivery is pending or retrying, and stops once all are settled", () => {
    expect(
      needsPolling([
        { status: "succeeded", nextAttemptAt: null },
        { status: "failed", nextAttemptAt: soon },
      ]),
    ).toBe(true);
    expect(needsPolling([{ status: "pending", nextAttemptAt: soon }])).toBe(true);
    expect(
      needsPolling([
        { status: "succeeded", nextAttemptAt: null },
        { status: "dead", nextAttemptAt: null },
      ]),
    ).toBe(false);
    expect(needsPolling([])).toBe(false);
  });

  it("does not wait for a failed test, which is never retried", () => {
    expect(needsPolling([{ status: "failed", nextAttemptAt: null }])).toBe(false);
  });

  it("asks often while something is in flight, and now and then for new deliveries otherwise", () => {
    expect(deliveryPollInterval([{ status: "failed", nextAttemptAt: soon }])).toBe(DELIVERY_POLL_MS);
    expect(deliveryPollInterval([{ status: "dead", nextAttemptAt: null }])).toBe(DELIVERY_IDLE_POLL_MS);
  });
});
