import { describe, expect, it } from "vitest";
import { shares } from "./branch-shares";

describe("shares", () => {
  it("turns weights into whole percentages", () => {
    expect(shares([50, 50])).toEqual([50, 50]);
    expect(shares([1, 2, 1])).toEqual([25, 50, 25]);
    expect(shares([0, 0])).toEqual([0, 0]);
    expect(shares([-3, 1])).toEqual([0, 100]);
  });
});
