import { describe, expect, it } from "vitest";
import { HolidaysSchema, isCalendarDate, WeeklyHoursSchema } from "./business-hours.js";

function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
}

describe("WeeklyHoursSchema", () => {
  it("accepts several intervals a day, midnight crossings and 24:00, and closes the days left out", () => {
    const parsed = WeeklyHoursSchema.parse({
      monday: [
        { start: "09:00", end: "12:00" },
        { start: "12:00", end: "18:00" },
      ],
      friday: [{ start: "22:00", end: "02:00" }],
      saturday: [{ start: "02:00", end: "24:00" }],
    });
    expect(parsed.monday).toHaveLength(2);
    expect(parsed.tuesday).toEqual([]);
    expect(parsed.sunday).toEqual([]);
  });

  it("names the later interval's end when it runs into an earlier one", () => {
    const result = WeeklyHoursSchema.safeParse({
      monday: [
        { start: "09:00", end: "12:00" },
        { start: "08:00", end: "10:00" },
      ],
    });
    expect(issuesOf(result)).toEqual([{ path: "monday.1.end", message: "overlaps monday[0] 09:00–12:00" }]);
  });

  it("names the later interval's start when it starts inside an earlier one", () => {
    const result = WeeklyHoursSchema.safeParse({
      tuesday: [
        { start: "09:00", end: "12:00" },
        { start: "11:30", end: "13:00" },
      ],
    });
    expect(issuesOf(result)).toEqual([
      { path: "tuesday.1.start", message: "overlaps tuesday[0] 09:00–12:00" },
    ]);
  });

  it("finds a night that runs into the next morning, across the end of the week too", () => {
    const result = WeeklyHoursSchema.safeParse({
      monday: [{ start: "01:00", end: "05:00" }],
      wednesday: [{ start: "20:00", end: "03:00" }],
      thursday: [{ start: "02:30", end: "09:00" }],
      sunday: [{ start: "22:00", end: "03:00" }],
    });
    expect(issuesOf(result)).toEqual([
      { path: "thursday.0.start", message: "overlaps wednesday[0] 20:00–03:00" },
      { path: "sunday.0.end", message: "overlaps monday[0] 01:00–05:00" },
    ]);
  });

  it("refuses an interval without length, malformed times, 24:00 as a start and unknown days", () => {
    const result = WeeklyHoursSchema.safeParse({
      monday: [
        { start: "10:00", end: "10:00" },
        { start: "9:00", end: "12:00" },
        { start: "24:00", end: "23:00" },
      ],
      mon: [],
    });
    const paths = issuesOf(result).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["monday.0.end", "monday.1.start", "monday.2.start"]));
    expect(issuesOf(result).find((i) => i.path === "monday.0.end")?.message).toMatch(/same as start/);
    expect(result.error?.issues.some((issue) => issue.code === "unrecognized_keys")).toBe(true);
  });

  it("allows at most 12 intervals a day", () => {
    const hour = (h: number) => `${String(h).padStart(2, "0")}:00`;
    const intervals = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ start: hour(i), end: hour(i + 1) }));
    expect(WeeklyHoursSchema.safeParse({ monday: intervals(12) }).success).toBe(true);
    expect(issuesOf(WeeklyHoursSchema.safeParse({ monday: intervals(13) }))).toEqual([
      { path: "monday", message: "at most 12 intervals a day" },
    ]);
  });

  it("does not trip over entries that are not intervals", () => {
    const result = WeeklyHoursSchema.safeParse({ monday: [null, { start: "09:00" }, 5] });
    expect(issuesOf(result).map((issue) => issue.path)).toEqual(["monday.0", "monday.1.end", "monday.2"]);
  });
});

describe("HolidaysSchema", () => {
  it("accepts a closed day and a day with special hours", () => {
    const parsed = HolidaysSchema.parse([
      { date: "2026-12-25", name: "Christmas" },
      { date: "2026-12-31", hours: [{ start: "10:00", end: "15:00" }] },
    ]);
    expect(parsed[0]?.hours).toEqual([]);
    expect(parsed[1]?.hours).toEqual([{ start: "10:00", end: "15:00" }]);
  });

  it("names a repeated date, a date not in the calendar and overlapping special hours", () => {
    const result = HolidaysSchema.safeParse([
      {
        date: "2026-12-25",
        hours: [
          { start: "10:00", end: "14:00" },
          { start: "13:00", end: "16:00" },
        ],
      },
      { date: "2026-02-30" },
      { date: "2026-12-25" },
      { date: "25/12/2026" },
    ]);
    expect(issuesOf(result)).toEqual([
      { path: "0.hours.1.start", message: "overlaps hours[0] 10:00–14:00" },
      { path: "1.date", message: "not a day of the calendar" },
      { path: "3.date", message: "expected YYYY-MM-DD" },
      { path: "2.date", message: "2026-12-25 is listed twice (first at [0])" },
    ]);
  });
});

describe("isCalendarDate", () => {
  it.each([
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-04-31", false],
    ["2026-4-1", false],
  ])("%s → %s", (date, expected) => {
    expect(isCalendarDate(date)).toBe(expected);
  });
});
