import { describe, expect, it } from "vitest";
import { closedWeek } from "./business-hours.js";
import type { BusinessHours, Holiday, WeeklyHours } from "./business-hours.js";
import { nextOpening } from "./next-opening.js";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const hours = (weekly: Partial<WeeklyHours>, holidays: Holiday[] = []): BusinessHours => ({
  weekly: { ...closedWeek(), ...weekly },
  holidays,
});
const nineToSix = { start: "09:00", end: "18:00" };
const weekdays = hours({
  monday: [nineToSix],
  tuesday: [nineToSix],
  wednesday: [nineToSix],
  thursday: [nineToSix],
  friday: [
    { start: "09:00", end: "12:00" },
    { start: "13:00", end: "18:00" },
  ],
});
const NY = "America/New_York";

describe("nextOpening in America/New_York", () => {
  it.each([
    ["open now: the same instant", "2026-01-12T15:00:00Z", "2026-01-12T15:00:00.000Z"],
    ["early morning: today 09:00 EST", "2026-01-12T12:00:00Z", "2026-01-12T14:00:00.000Z"],
    ["evening: tomorrow 09:00 EST", "2026-01-12T23:30:00Z", "2026-01-13T14:00:00.000Z"],
    ["Friday lunch break: 13:00", "2026-01-16T17:30:00Z", "2026-01-16T18:00:00.000Z"],
    ["Friday evening: Monday 09:00", "2026-01-16T23:00:00Z", "2026-01-19T14:00:00.000Z"],
    // The clocks spring forward on Sunday 8 March: Monday opens at 09:00 EDT, one hour earlier in UTC.
    ["weekend before spring forward", "2026-03-07T17:00:00Z", "2026-03-09T13:00:00.000Z"],
    // They fall back on Sunday 1 November: Monday opens at 09:00 EST.
    ["weekend before fall back", "2026-10-31T16:00:00Z", "2026-11-02T14:00:00.000Z"],
  ])("%s", (_name, from, expected) => {
    expect(iso(nextOpening(weekdays, NY, at(from)))).toBe(expected);
  });

  it("opens when the spring-forward change jumps past a 02:30 start, not an hour later", () => {
    const early = hours({ sunday: [{ start: "02:30", end: "04:00" }] });
    expect(iso(nextOpening(early, NY, at("2026-03-08T06:00:00Z")))).toBe("2026-03-08T07:00:00.000Z");
  });

  it("skips an interval the spring-forward change removes entirely", () => {
    const skipped = hours({ sunday: [{ start: "02:10", end: "02:40" }] });
    // Next Sunday 02:10 EDT.
    expect(iso(nextOpening(skipped, NY, at("2026-03-08T06:00:00Z")))).toBe("2026-03-15T06:10:00.000Z");
  });

  it("finds the second run of an hour the fall-back change repeats", () => {
    const start = hours({ sunday: [{ start: "01:30", end: "01:45" }] });
    // At 01:50 EDT: 01:30 comes again, in EST.
    expect(iso(nextOpening(start, NY, at("2026-11-01T05:50:00Z")))).toBe("2026-11-01T06:30:00.000Z");
    const wholeHour = hours({ sunday: [{ start: "00:30", end: "01:15" }] });
    // At 01:20 EDT: the clocks go back to 01:00 at 02:00 EDT, inside the interval again.
    expect(iso(nextOpening(wholeHour, NY, at("2026-11-01T05:20:00Z")))).toBe("2026-11-01T06:00:00.000Z");
  });
});

describe("nextOpening across midnight and holidays (Asia/Taipei)", () => {
  const night = hours({ friday: [{ start: "22:00", end: "02:00" }] });

  it("opens tonight at 22:00, and is open already after midnight", () => {
    expect(iso(nextOpening(night, "Asia/Taipei", at("2026-05-01T13:00:00Z")))).toBe(
      "2026-05-01T14:00:00.000Z",
    );
    expect(iso(nextOpening(night, "Asia/Taipei", at("2026-05-01T17:00:00Z")))).toBe(
      "2026-05-01T17:00:00.000Z",
    );
    expect(iso(nextOpening(night, "Asia/Taipei", at("2026-05-01T18:00:00Z")))).toBe(
      "2026-05-08T14:00:00.000Z",
    );
  });

  it("passes over closed holidays and opens at a holiday's special hours", () => {
    const withHolidays = hours({ monday: [nineToSix], tuesday: [nineToSix] }, [
      { date: "2026-05-04", hours: [] },
      { date: "2026-05-05", hours: [{ start: "13:00", end: "15:00" }] },
    ]);
    // Sunday 3 May → Tuesday 5 May 13:00 (Monday is a holiday, Tuesday opens late).
    expect(iso(nextOpening(withHolidays, "Asia/Taipei", at("2026-05-03T04:00:00Z")))).toBe(
      "2026-05-05T05:00:00.000Z",
    );
  });

  it("looks beyond a holiday fortnight", () => {
    const closedDates = Array.from({ length: 14 }, (_, i) => ({
      date: `2026-08-${String(i + 1).padStart(2, "0")}`,
      hours: [],
    }));
    const daily = hours({ monday: [nineToSix], saturday: [nineToSix] }, closedDates);
    // From Saturday 1 August; the first day open is Saturday 15 August.
    expect(iso(nextOpening(daily, "Asia/Taipei", at("2026-07-31T20:00:00Z")))).toBe(
      "2026-08-15T01:00:00.000Z",
    );
  });

  it("never opens with an empty week, unless a later holiday has hours", () => {
    expect(nextOpening(hours({}), "Asia/Taipei", at("2026-05-01T00:00:00Z"))).toBeUndefined();
    const festival = hours({}, [{ date: "2026-09-25", hours: [{ start: "18:00", end: "23:00" }] }]);
    expect(iso(nextOpening(festival, "Asia/Taipei", at("2026-05-01T00:00:00Z")))).toBe(
      "2026-09-25T10:00:00.000Z",
    );
    expect(nextOpening(festival, "Asia/Taipei", at("2026-09-26T00:00:00Z"))).toBeUndefined();
  });
});
