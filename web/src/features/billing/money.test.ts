import { describe, expect, it } from "vitest";
import { formatCredits, formatDelta, formatMoney, toCents } from "./money";

describe("money", () => {
  it("formats integer cents in the given currency", () => {
    expect(formatMoney(2900, "usd", "en-US")).toBe("$29.00");
    expect(formatMoney(0, "usd", "en-US")).toBe("$0.00");
    expect(formatMoney(123456, "usd", "en-US")).toBe("$1,234.56");
    expect(formatMoney(-500, "usd", "en-US")).toBe("-$5.00");
    expect(formatMoney(8900, "eur", "de-DE")).toBe("89,00\u00a0€");
  });

  it("turns typed amounts into cents without float drift", () => {
    expect(toCents(29.99)).toBe(2999);
    expect(toCents("0.1")).toBe(10);
    expect(toCents("")).toBeNull();
    expect(toCents("abc")).toBeNull();
  });
});

describe("credits", () => {
  it("counts credits in words", () => {
    expect(formatCredits(12500, "en-US")).toBe("12,500 credits");
    expect(formatCredits(1, "en-US")).toBe("1 credit");
    expect(formatCredits(0, "en-US")).toBe("0 credits");
  });

  it("signs credit changes", () => {
    expect(formatDelta(500, "en-US")).toBe("+500");
    expect(formatDelta(-1200, "en-US")).toBe("−1,200");
    expect(formatDelta(0, "en-US")).toBe("0");
  });
});
