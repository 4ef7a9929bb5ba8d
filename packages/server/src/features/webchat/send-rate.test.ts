import { describe, expect, it } from "vitest";
import { SendRate } from "./send-rate.js";

describe("SendRate", () => {
  it("lets a burst through, then one send per refill interval, per visitor", () => {
    let now = 0;
    const rate = new SendRate({ burst: 3, perMinute: 6, now: () => now });
    expect([rate.take("a"), rate.take("a"), rate.take("a")]).toEqual([0, 0, 0]);
    expect(rate.take("a")).toBe(10_000);
    expect(rate.take("b")).toBe(0);
    now = 9_999;
    expect(rate.take("a")).toBeGreaterThan(0);
    now = 10_001;
    expect(rate.take("a")).toBe(0);
  });

  it("forgets the least recently seen visitors beyond its size", () => {
    const rate = new SendRate({ burst: 1, perMinute: 1, now: () => 0, maxVisitors: 2 });
    rate.take("a");
    rate.take("b");
    rate.take("c");
    expect(rate.take("a")).toBe(0);
    expect(rate.take("c")).toBeGreaterThan(0);
  });
});
