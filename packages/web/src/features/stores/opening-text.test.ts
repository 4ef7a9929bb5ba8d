import { describe, expect, it } from "vitest";
import { openingText } from "./opening-text";

describe("openingText", () => {
  it("reads the instant on the store's clock", () => {
    // Monday 4 May 2026 09:00 in Taipei is 01:00 UTC, and still Sunday evening in New York.
    const instant = Date.parse("2026-05-04T01:00:00Z");
    expect(openingText(instant, "Asia/Taipei", "en")).toBe("Mon 09:00");
    expect(openingText(instant, "America/New_York", "en")).toBe("Sun 21:00");
    expect(openingText(instant, "Asia/Taipei", "zh-TW")).toContain("09:00");
  });
});
