import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDuration, formatLatency, formatRelative } from "./format";

describe("formatDuration", () => {
  it.each([
    [0, "0s"],
    [42, "42s"],
    [60, "1m"],
    [61, "1m 1s"],
    [3599, "59m 59s"],
    [3600, "1h"],
    [7505, "2h 5m"],
    [86_400, "1d"],
    [90_061, "1d 1h"],
    [3 * 86_400 + 59 * 60, "3d"],
  ])("formats %i seconds as %s", (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it("keeps the two most significant units only", () => {
    expect(formatDuration(2 * 3600 + 5 * 60 + 59)).toBe("2h 5m");
  });

  it("floors fractions and treats negative or non-finite input as zero", () => {
    expect(formatDuration(59.9)).toBe("59s");
    expect(formatDuration(-5)).toBe("0s");
    expect(formatDuration(Number.NaN)).toBe("0s");
  });
});

describe("formatLatency", () => {
  it.each([
    [0, "0 ms"],
    [0.42, "0.4 ms"],
    [3, "3 ms"],
    [9.96, "10 ms"],
    [12.4, "12 ms"],
    [999.4, "999 ms"],
    [1500, "1.5 s"],
    [12_345, "12 s"],
  ])("formats %f ms as %s", (ms, expected) => {
    expect(formatLatency(ms)).toBe(expected);
  });

  it("shows a dash for impossible values", () => {
    expect(formatLatency(-1)).toBe("–");
    expect(formatLatency(Number.POSITIVE_INFINITY)).toBe("–");
  });
});

describe("formatDate / formatDateTime", () => {
  it("formats ISO strings from the wire and Date objects alike", () => {
    expect(formatDate("2026-11-21T10:00:00.000Z", "en-US")).toBe("Nov 21, 2026");
    expect(formatDate(new Date("2026-01-02T12:00:00Z"), "en-US")).toBe("Jan 2, 2026");
  });

  it("shows a dash for missing or invalid values", () => {
    expect(formatDate(null)).toBe("–");
    expect(formatDate("not a date")).toBe("–");
    expect(formatDateTime(undefined)).toBe("–");
  });
});

describe("formatRelative", () => {
  const now = Date.parse("2026-11-21T12:00:00Z");
  it.each([
    ["2026-11-21T11:59:50Z", "just now"],
    ["2026-11-21T11:55:00Z", "5 min ago"],
    ["2026-11-21T09:00:00Z", "3 h ago"],
    ["2026-11-19T12:00:00Z", "2 d ago"],
    ["2026-11-28T12:00:00Z", "in 7 d"],
  ])("describes %s as %s", (value, expected) => {
    expect(formatRelative(value, now)).toBe(expected);
  });

  it("falls back to the date beyond a month", () => {
    expect(formatRelative("2026-01-01T12:00:00Z", now)).toBe(formatDate("2026-01-01T12:00:00Z"));
  });
});
