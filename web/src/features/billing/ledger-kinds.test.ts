import { describe, expect, it } from "vitest";
import { describeChange, ledgerKind } from "./ledger-kinds";
import { formatDelta } from "./money";

describe("ledger entries in words", () => {
  const format = (n: number) => formatDelta(n, "en-US");

  it("names each bucket that changed", () => {
    expect(describeChange({ subscriptionDelta: 500, purchasedDelta: 0 }, format)).toBe("+500 plan");
    expect(describeChange({ subscriptionDelta: -10, purchasedDelta: -5 }, format)).toBe(
      "−10 plan, −5 purchased",
    );
    expect(describeChange({ subscriptionDelta: 0, purchasedDelta: 1000 }, format)).toBe("+1,000 purchased");
    expect(describeChange({ subscriptionDelta: 0, purchasedDelta: 0 }, format)).toBe("No change");
  });

  it("labels every kind", () => {
    expect(ledgerKind("spend").label).toBe("Usage");
    expect(ledgerKind("refund_clawback").label).toBe("Refund");
    expect(ledgerKind("period_grant").label).toBe("Plan credits");
  });
});
