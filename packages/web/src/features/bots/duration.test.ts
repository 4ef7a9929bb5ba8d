import { describe, expect, it } from "vitest";
import { durationMs, splitDuration } from "./duration";

describe("wait durations", () => {
  it("show in the largest unit that divides them evenly", () => {
    expect(splitDuration(86_400_000)).toEqual({ amount: 1, unit: "days" });
    expect(splitDuration(5_400_000)).toEqual({ amount: 90, unit: "minutes" });
    expect(splitDuration(1_500)).toEqual({ amount: 1.5, unit: "seconds" });
  });

  it("turn back into whole milliseconds", () => {
    expect(durationMs(90, "minutes")).toBe(5_400_000);
    expect(durationMs(2, "days")).toBe(172_800_000);
    expect(durationMs(splitDuration(7_200_000).amount, splitDuration(7_200_000).unit)).toBe(7_200_000);
  });
});
