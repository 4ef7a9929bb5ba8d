import { describe, expect, it } from "vitest";
import { median } from "./median.js";

describe("median", () => {
  it("is null without values", () => {
    expect(median([])).toBeNull();
  });

  it("takes the middle value of an odd count, whatever the order", () => {
    expect(median([9_000, 1_000, 60_000])).toBe(9_000);
    expect(median([5])).toBe(5);
  });

  it("takes the mean of the two middle values of an even count, rounded", () => {
    expect(median([4_000, 1_000, 2_000, 100_000])).toBe(3_000);
    expect(median([1, 2])).toBe(2);
  });

  it("is not pulled by one very slow answer, unlike the mean", () => {
    expect(median([60_000, 61_000, 62_000, 86_400_000, 59_000])).toBe(61_000);
  });

  it("leaves its input untouched", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
