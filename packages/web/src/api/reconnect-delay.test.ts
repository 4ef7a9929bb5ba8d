import { describe, expect, it } from "vitest";
import { reconnectDelayMs } from "./reconnect-delay";

const policy = { baseMs: 1000, maxMs: 30_000 };

describe("reconnectDelayMs", () => {
  it("doubles from the base with each attempt, and stays under the longest wait", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map((attempt) => reconnectDelayMs(attempt, 0.999999, policy))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it("waits a random half to whole of that step", () => {
    expect(reconnectDelayMs(2, 0, policy)).toBe(2000);
    expect(reconnectDelayMs(2, 0.5, policy)).toBe(3000);
    expect(reconnectDelayMs(9, 0, policy)).toBe(15_000);
  });

  it("treats odd input as the nearest sensible one", () => {
    expect(reconnectDelayMs(-3, 0, policy)).toBe(500);
    expect(reconnectDelayMs(1.7, 0, policy)).toBe(1000);
    expect(reconnectDelayMs(0, 7, policy)).toBe(1000);
    expect(reconnectDelayMs(Number.MAX_SAFE_INTEGER, 0.5, policy)).toBe(22_500);
  });
});
