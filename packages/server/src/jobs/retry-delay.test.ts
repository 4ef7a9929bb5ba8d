import { describe, expect, it } from "vitest";
import { RetryLaterError } from "./job-queue.js";
import { defaultBackoff, retryDelayMs } from "./retry-delay.js";

describe("retryDelayMs", () => {
  it("doubles from the base on each failed attempt, jittered between half and all of the step", () => {
    expect(retryDelayMs(1, new Error("x"), defaultBackoff, () => 1)).toBe(1_000);
    expect(retryDelayMs(1, new Error("x"), defaultBackoff, () => 0)).toBe(500);
    expect(retryDelayMs(3, new Error("x"), defaultBackoff, () => 1)).toBe(4_000);
    expect(retryDelayMs(3, new Error("x"), defaultBackoff, () => 0.5)).toBe(3_000);
  });

  it("never waits longer than the cap, however many attempts failed", () => {
    expect(retryDelayMs(9, new Error("x"), defaultBackoff, () => 1)).toBe(256_000);
    expect(retryDelayMs(10, new Error("x"), defaultBackoff, () => 1)).toBe(300_000);
    expect(retryDelayMs(5_000, new Error("x"), defaultBackoff, () => 1)).toBe(300_000);
  });

  it("waits exactly the delay a RetryLaterError asks for", () => {
    expect(retryDelayMs(1, new RetryLaterError("rate limited", 42_000), defaultBackoff, () => 0)).toBe(
      42_000,
    );
    expect(retryDelayMs(7, new RetryLaterError("now", -5), defaultBackoff)).toBe(0);
  });
});
