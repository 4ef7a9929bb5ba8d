import { describe, expect, it } from "vitest";
import { formatDuration, formatMoney } from "./report-format";

describe("formatDuration", () => {
  it("reads seconds, minutes and hours", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(44_600)).toBe("45 s");
    expect(formatDuration(200_000)).toBe("3 min 20 s");
    expect(formatDuration(180_000)).toBe("3 min");
    expect(formatDuration(7_500_000)).toBe("2 h 5 min");
  });
});

describe("formatMoney", () => {
  it("divides minor units by the currency's own digits", () => {
    expect(formatMoney(129_900, "USD", "en")).toBe("$1,299.00");
    expect(formatMoney(1_200, "JPY", "en")).toBe("¥1,200");
  });

  it("falls back to the raw minor units for a code Intl does not know", () => {
    expect(formatMoney(5, "??X", "en")).toBe("5 ??X");
  });
});
