import { describe, expect, it } from "vitest";
import { PAIR_BURST, PAIR_INTERVAL_MS, RateLimiter } from "./rate-limiter.js";

describe("RateLimiter", () => {
  it("allows one second of traffic at once, then the per-second rate", () => {
    const limiter = new RateLimiter();
    const results = Array.from({ length: 81 }, () => limiter.takeThroughput("p", 80, 1000));
    expect(results.filter(Boolean)).toHaveLength(80);
    expect(limiter.takeThroughput("p", 80, 1000 + 25)).toBe(true); // 2 tokens back after 25 ms
    expect(limiter.takeThroughput("q", 80, 1000)).toBe(true);
  });

  it("allows one message per 6 s to a pair indefinitely", () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 20; i++) expect(limiter.takePair("p", "c", i * PAIR_INTERVAL_MS)).toBe(0);
  });

  it("lets a burst borrow from future quota: 20 messages cost about 2 minutes", () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 20; i++) expect(limiter.takePair("p", "c", i * 10)).toBe(0);
    const wait = limiter.takePair("p", "c", 7000);
    expect(wait).toBeGreaterThan(100_000);
    expect(wait).toBeLessThanOrEqual(120_000);
    expect(limiter.takePair("p", "c", 120_000)).toBe(0);
    expect(limiter.takePair("p", "other", 7000)).toBe(0);
  });

  it("caps a burst at 45 messages", () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < PAIR_BURST; i++) expect(limiter.takePair("p", "c", 0)).toBe(0);
    expect(limiter.takePair("p", "c", 0)).toBeGreaterThan(0);
  });
});
