import { describe, expect, it } from "vitest";
import { findOverlaps } from "./find-overlaps.js";

describe("findOverlaps", () => {
  it("lets spans touch without overlapping", () => {
    expect(
      findOverlaps([
        { start: 0, end: 60 },
        { start: 60, end: 120 },
      ]),
    ).toEqual([]);
  });

  it("reports each later span once, on its start or its end", () => {
    expect(
      findOverlaps([
        { start: 100, end: 200 },
        { start: 150, end: 300 },
        { start: 50, end: 120 },
        { start: 0, end: 500 },
      ]),
    ).toEqual([
      { later: 1, earlier: 0, field: "start" },
      { later: 2, earlier: 0, field: "end" },
      { later: 3, earlier: 0, field: "end" },
    ]);
  });

  it("wraps around a cycle only when asked", () => {
    const spans = [
      { start: 60, end: 120 },
      { start: 1000, end: 1090 },
    ];
    expect(findOverlaps(spans)).toEqual([]);
    expect(findOverlaps(spans, 1000)).toEqual([{ later: 1, earlier: 0, field: "end" }]);
  });
});
