import { describe, expect, it } from "vitest";
import { closedWeek } from "./business-hours.js";
import type { BusinessHours, Holiday, WeeklyHours } from "./business-hours.js";
import { isOpen } from "./is-open.js";

const at = (iso: string) => Date.parse(iso);
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
  friday: [nineToSix],
});

describe("isOpen on the local clock of America/New_York", () => {
  it.each([
    // Monday 12 January 2026, Eastern Standard Time (UTC−5).
    ["winter 08:59", "2026-01-12T13:59:00Z", false],
    ["winter 09:00", "2026-01-12T14:00:00Z", true],
    ["winter 17:59:59", "2026-01-12T22:59:59Z", true],
    ["winter 18:00", "2026-01-12T23:00:00Z", false],
    // Monday 13 July 2026, Eastern Daylight Time (UTC−4): the same local hours, other UTC times.
    ["summer 08:59", "2026-07-13T12:59:00Z", false],
    ["summer 09:00", "2026-07-13T13:00:00Z", true],
    ["summer 18:00", "2026-07-13T22:00:00Z", false],
    // Monday after the spring-forward Sunday (8 March 2026) and after the fall-back Sunday (1 November).
    ["first EDT Monday 09:00", "2026-03-09T13:00:00Z", true],
    ["first EDT Monday 08:00", "2026-03-09T12:00:00Z", false],
    ["first EST Monday 09:00", "2026-11-02T14:00:00Z", true],
    ["first EST Monday 08:30", "2026-11-02T13:30:00Z", false],
    ["Saturday noon", "2026-01-17T17:00:00Z", false],
  ])("%s", (_name, instant, expected) => {
    expect(isOpen(weekdays, "America/New_York", at(instant))).toBe(expected);
  });

  it("opens at 03:00 when a 02:30 start is skipped by the spring-forward change", () => {
    const early = hours({ sunday: [{ start: "02:30", end: "04:00" }] });
    expect(isOpen(early, "America/New_York", at("2026-03-08T06:59:00Z"))).toBe(false); // 01:59 EST
    expect(isOpen(early, "America/New_York", at("2026-03-08T07:00:00Z"))).toBe(true); // 03:00 EDT
    expect(isOpen(early, "America/New_York", at("2026-03-08T07:59:00Z"))).toBe(true); // 03:59 EDT
    expect(isOpen(early, "America/New_York", at("2026-03-08T08:00:00Z"))).toBe(false); // 04:00 EDT
  });

  it("is open in both runs of an hour the fall-back change repeats", () => {
    const lateNight = hours({ sunday: [{ start: "01:00", end: "01:30" }] });
    expect(isOpen(lateNight, "America/New_York", at("2026-11-01T05:00:00Z"))).toBe(true); // 01:00 EDT
    expect(isOpen(lateNight, "America/New_York", at("2026-11-01T05:30:00Z"))).toBe(false); // 01:30 EDT
    expect(isOpen(lateNight, "America/New_York", at("2026-11-01T06:00:00Z"))).toBe(true); // 01:00 EST
    expect(isOpen(lateNight, "America/New_York", at("2026-11-01T06:30:00Z"))).toBe(false); // 01:30 EST
  });

  it("keeps a night across midnight open for one more real hour when the clocks fall back", () => {
    const bar = hours({ saturday: [{ start: "22:00", end: "03:00" }] });
    expect(isOpen(bar, "America/New_York", at("2026-11-01T02:00:00Z"))).toBe(true); // Sat 22:00 EDT
    expect(isOpen(bar, "America/New_York", at("2026-11-01T07:59:00Z"))).toBe(true); // Sun 02:59 EST
    expect(isOpen(bar, "America/New_York", at("2026-11-01T08:00:00Z"))).toBe(false); // Sun 03:00 EST
  });
});

describe("isOpen across midnight (Asia/Taipei, UTC+8)", () => {
  // Friday 1 May 2026 22:00 to Saturday 02:00.
  const night = hours({ friday: [{ start: "22:00", end: "02:00" }] });

  it.each([
    ["Friday 21:59", "2026-05-01T13:59:00Z", false],
    ["Friday 22:00", "2026-05-01T14:00:00Z", true],
    ["Friday 23:59", "2026-05-01T15:59:00Z", true],
    ["Saturday 00:00", "2026-05-01T16:00:00Z", true],
    ["Saturday 01:59", "2026-05-01T17:59:00Z", true],
    ["Saturday 02:00", "2026-05-01T18:00:00Z", false],
    ["Saturday 22:30", "2026-05-02T14:30:00Z", false],
  ])("%s", (_name, instant, expected) => {
    expect(isOpen(night, "Asia/Taipei", at(instant))).toBe(expected);
  });

  it("runs Sunday night into Monday morning", () => {
    const sundayNight = hours({ sunday: [{ start: "22:00", end: "06:00" }] });
    expect(isOpen(sundayNight, "Asia/Taipei", at("2026-05-03T19:00:00Z"))).toBe(true); // Mon 03:00
    expect(isOpen(sundayNight, "Asia/Taipei", at("2026-05-03T22:00:00Z"))).toBe(false); // Mon 06:00
  });

  it("reads 00:00–24:00 as the whole day", () => {
    const allDay = hours({ friday: [{ start: "00:00", end: "24:00" }] });
    expect(isOpen(allDay, "Asia/Taipei", at("2026-04-30T16:00:00Z"))).toBe(true); // Fri 00:00
    expect(isOpen(allDay, "Asia/Taipei", at("2026-05-01T15:59:59Z"))).toBe(true); // Fri 23:59:59
    expect(isOpen(allDay, "Asia/Taipei", at("2026-05-01T16:00:00Z"))).toBe(false); // Sat 00:00
  });
});

describe("isOpen on holidays", () => {
  const withNight = hours({ friday: [{ start: "22:00", end: "02:00" }], monday: [nineToSix] }, [
    { date: "2026-05-02", hours: [] },
    { date: "2026-05-04", name: "Special Monday", hours: [{ start: "12:00", end: "14:00" }] },
    { date: "2026-05-08", hours: [] },
  ]);

  it("closes a date all day but keeps the night that began the day before", () => {
    expect(isOpen(withNight, "Asia/Taipei", at("2026-05-01T17:00:00Z"))).toBe(true); // Sat 01:00
  });

  it("closes the hours that begin on a closed holiday", () => {
    expect(isOpen(withNight, "Asia/Taipei", at("2026-05-08T14:30:00Z"))).toBe(false); // Fri 8 May 22:30
  });

  it("replaces the weekday's hours with the holiday's special hours", () => {
    expect(isOpen(withNight, "Asia/Taipei", at("2026-05-04T02:00:00Z"))).toBe(false); // Mon 10:00
    expect(isOpen(withNight, "Asia/Taipei", at("2026-05-04T04:30:00Z"))).toBe(true); // Mon 12:30
    expect(isOpen(withNight, "Asia/Taipei", at("2026-05-04T06:00:00Z"))).toBe(false); // Mon 14:00
    expect(isOpen(withNight, "Asia/Taipei", at("2026-05-11T02:00:00Z"))).toBe(true); // next Mon 10:00
  });
});

describe("isOpen with nothing open", () => {
  it("is never open with an empty week", () => {
    expect(isOpen(hours({}), "Asia/Taipei", at("2026-05-04T04:30:00Z"))).toBe(false);
  });

  it("refuses an unknown time zone", () => {
    expect(() => isOpen(weekdays, "Mars/Olympus_Mons", 0)).toThrow(RangeError);
  });
});
