import { describe, expect, it } from "vitest";
import { dayNumber, dayNumberOf, instantsAt, offsetChangesAround, weekdayOf } from "./local-day.js";

const iso = (ms: number) => new Date(ms).toISOString();

describe("local days", () => {
  it("names weekdays, before 1970 too", () => {
    expect(weekdayOf(dayNumber(1970, 1, 1))).toBe("thursday");
    expect(weekdayOf(dayNumberOf("2026-05-04"))).toBe("monday");
    expect(weekdayOf(dayNumberOf("2026-03-08"))).toBe("sunday");
    expect(weekdayOf(dayNumberOf("1969-12-29"))).toBe("monday");
  });

  it("gives no instant for a skipped local time and two for a repeated one (America/New_York)", () => {
    expect(instantsAt(dayNumberOf("2026-03-08"), 150, "America/New_York")).toEqual([]);
    expect(instantsAt(dayNumberOf("2026-11-01"), 90, "America/New_York").map(iso)).toEqual([
      "2026-11-01T05:30:00.000Z",
      "2026-11-01T06:30:00.000Z",
    ]);
    expect(instantsAt(dayNumberOf("2026-07-13"), 540, "America/New_York").map(iso)).toEqual([
      "2026-07-13T13:00:00.000Z",
    ]);
  });

  it("finds the instant a zone changes its offset", () => {
    expect(offsetChangesAround(dayNumberOf("2026-03-08"), "America/New_York").map(iso)).toEqual([
      "2026-03-08T07:00:00.000Z",
    ]);
    expect(offsetChangesAround(dayNumberOf("2026-05-04"), "Asia/Taipei")).toEqual([]);
  });
});
