import { describe, expect, it } from "vitest";
import {
  attemptBadge,
  deliveryBadge,
  deliverySummary,
  deliveryTiming,
  healthColor,
  healthText,
  prettyJson,
  requeuedNotice,
  responseLabel,
  testResultText,
  webhookStatus,
} from "./status";

const NOW = Date.parse("2026-05-01T12:00:00Z");
const minutes = (n: number) => new Date(NOW + n * 60_000).toISOString();

describe("webhook health", () => {
  it("reads as successes of attempts and a percentage, rounded down", () => {
    expect(healthText({ attempts: 12, succeeded: 12, successRate: 1 })).toBe("12/12 ok · 100 %");
    expect(healthText({ attempts: 200, succeeded: 199, successRate: 0.995 })).toBe("199/200 ok · 99 %");
    expect(healthText({ attempts: 3, succeeded: 0, successRate: 0 })).toBe("0/3 ok · 0 %");
  });

  it("says so when nothing was attempted in the last 24 hours", () => {
    expect(healthText({ attempts: 0, succeeded: 0, successRate: null })).toBe("No attempts in 24 h");
    expect(healthColor({ attempts: 0, succeeded: 0, successRate: null })).toBe("dimmed");
  });

  it("colours a perfect record, a few failures and many", () => {
    expect(healthColor({ attempts: 4, succeeded: 4, successRate: 1 })).toBe("teal.8");
    expect(healthColor({ attempts: 10, succeeded: 9, successRate: 0.9 })).toBe("yellow.8");
    expect(healthColor({ attempts: 10, succeeded: 2, successRate: 0.2 })).toBe("red.7");
  });
});

describe("webhook status", () => {
  const active = { isActive: true, disabledReason: null, failingSince: null };

  it("is Active, Failing since the first failure, or Disabled with the reason", () => {
    expect(webhookStatus(active, NOW)).toEqual({ label: "Active", color: "teal", detail: null });
    expect(webhookStatus({ ...active, failingSince: minutes(-120) }, NOW)).toMatchObject({
      label: "Failing",
      detail: "No success since 2 h ago",
    });
    expect(
      webhookStatus({ ...active, isActive: false, disabledReason: "Receiver answered 410 Gone" }, NOW),
    ).toEqual({ label: "Disabled", color: "gray", detail: "Receiver answered 410 Gone" });
  });

  it("explains a webhook turned off without a recorded reason", () => {
    expect(webhookStatus({ ...active, isActive: false }, NOW).detail).toBe("Turned off by hand");
  });
});

describe("deliveries", () => {
  it("gives every status its own badge", () => {
    expect(deliveryBadge("pending")).toEqual({ label: "Pending", color: "blue" });
    expect(deliveryBadge("failed")).toEqual({ label: "Failed", color: "orange" });
    expect(deliveryBadge("dead")).toEqual({ label: "Dead", color: "red" });
    expect(deliveryBadge("succeeded")).toEqual({ label: "Succeeded", color: "teal" });
  });

  it("tells what happens next, or how it ended", () => {
    const base = { attempts: 1, nextAttemptAt: null, deliveredAt: null, isTest: false };
    expect(deliveryTiming({ ...base, status: "pending" }, NOW)).toBe("Waiting to be sent");
    expect(deliveryTiming({ ...base, status: "failed", nextAttemptAt: minutes(5) }, NOW)).toBe(
      "Next attempt in 5 min",
    );
    expect(deliveryTiming({ ...base, status: "succeeded", deliveredAt: minutes(-3) }, NOW)).toBe(
      "Delivered 3 min ago",
    );
    expect(deliveryTiming({ ...base, status: "dead", attempts: 3 }, NOW)).toBe("Gave up after 3 attempts");
    expect(deliveryTiming({ ...base, status: "dead" }, NOW)).toBe("Gave up after 1 attempt");
    expect(deliveryTiming({ ...base, status: "failed", isTest: true }, NOW)).toBe("Tests are not retried");
  });

  it("sums a delivery up in one line for phones", () => {
    const delivery = { webhookName: "Provisioning", attempts: 3, lastResponseCode: 500 };
    expect(deliverySummary(delivery)).toBe("Provisioning · 3 attempts · last HTTP 500");
    expect(deliverySummary({ ...delivery, attempts: 1, lastResponseCode: null })).toBe(
      "Provisioning · 1 attempt · no response",
    );
    expect(deliverySummary({ ...delivery, attempts: 0, lastResponseCode: null })).toBe(
      "Provisioning · not attempted yet",
    );
  });

  it("names the answer of an attempt and whether it counted", () => {
    expect(responseLabel(500)).toBe("HTTP 500");
    expect(responseLabel(null)).toBe("No response");
    expect(attemptBadge(true).label).toBe("OK");
    expect(attemptBadge(false).label).toBe("Failed");
  });
});

describe("requeueing every dead delivery", () => {
  it("counts what goes out again", () => {
    expect(requeuedNotice(3)).toEqual({
      title: "Dead deliveries requeued",
      message: "3 deliveries will be attempted again shortly.",
    });
    expect(requeuedNotice(1).message).toBe("1 delivery will be attempted again shortly.");
    expect(requeuedNotice(0)).toEqual({ title: "Nothing to requeue", message: "No delivery was dead." });
  });
});

describe("test results", () => {
  it("says what the receiver answered and how fast", () => {
    expect(testResultText({ success: true, responseCode: 200, durationMs: 85, error: null })).toBe(
      "The receiver answered HTTP 200 in 85 ms.",
    );
    expect(
      testResultText({ success: false, responseCode: 500, durationMs: 12, error: "Internal Server Error" }),
    ).toBe("The receiver answered HTTP 500 in 12 ms: Internal Server Error");
    expect(
      testResultText({ success: false, responseCode: null, durationMs: 3, error: "connect ECONNREFUSED" }),
    ).toBe("No answer after 3 ms: connect ECONNREFUSED");
  });
});

describe("bodies", () => {
  it("indents JSON and leaves anything else as it came", () => {
    expect(prettyJson('{"type":"tenant.updated","data":{"id":1}}')).toBe(
      '{\n  "type": "tenant.updated",\n  "data": {\n    "id": 1\n  }\n}',
    );
    expect(prettyJson("ok")).toBe("ok");
  });
});
