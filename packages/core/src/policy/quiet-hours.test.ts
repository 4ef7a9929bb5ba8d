import { describe, expect, it } from "vitest";
import { quietHoursEnd } from "./quiet-hours.js";

const night = { start: "22:00", end: "08:00" };
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe("quietHoursEnd across midnight", () => {
  it.each([
    // Asia/Taipei is UTC+8 all year.
    ["Taipei 21:59", "Asia/Taipei", "2026-05-01T13:59:00Z", undefined],
    ["Taipei 22:00", "Asia/Taipei", "2026-05-01T14:00:00Z", "2026-05-02T00:00:00.000Z"],
    ["Taipei 23:30", "Asia/Taipei", "2026-05-01T15:30:00Z", "2026-05-02T00:00:00.000Z"],
    ["Taipei 00:00", "Asia/Taipei", "2026-05-01T16:00:00Z", "2026-05-02T00:00:00.000Z"],
    ["Taipei 07:59", "Asia/Taipei", "2026-05-01T23:59:00Z", "2026-05-02T00:00:00.000Z"],
    ["Taipei 08:00", "Asia/Taipei", "2026-05-02T00:00:00Z", undefined],
    ["Berlin winter 23:00", "Europe/Berlin", "2026-01-15T22:00:00Z", "2026-01-16T07:00:00.000Z"],
    ["Berlin winter 07:30", "Europe/Berlin", "2026-01-16T06:30:00Z", "2026-01-16T07:00:00.000Z"],
    ["Berlin summer 21:59", "Europe/Berlin", "2026-07-01T19:59:00Z", undefined],
    ["Berlin summer 22:00", "Europe/Berlin", "2026-07-01T20:00:00Z", "2026-07-02T06:00:00.000Z"],
    // Nights when the clocks change: 9 local hours are 8 real hours in spring and 10 in autumn.
    ["Berlin spring-forward night", "Europe/Berlin", "2026-03-28T22:00:00Z", "2026-03-29T06:00:00.000Z"],
    ["Berlin fall-back night", "Europe/Berlin", "2026-10-24T21:00:00Z", "2026-10-25T07:00:00.000Z"],
  ])("%s", (_name, zone, now, expected) => {
    expect(iso(quietHoursEnd(night, zone, Date.parse(now)))).toBe(expected);
  });
});

describe("quietHoursEnd within one day", () => {
  const lunch = { start: "12:00", end: "13:30" };
  it.each([
    ["11:59", "2026-05-01T03:59:00Z", undefined],
    ["12:00", "2026-05-01T04:00:00Z", "2026-05-01T05:30:00.000Z"],
    ["13:29", "2026-05-01T05:29:00Z", "2026-05-01T05:30:00.000Z"],
    ["13:30", "2026-05-01T05:30:00Z", undefined],
    ["23:00", "2026-05-01T15:00:00Z", undefined],
  ])("Taipei %s", (_name, now, expected) => {
    expect(iso(quietHoursEnd(lunch, "Asia/Taipei", Date.parse(now)))).toBe(expected);
  });

  it("treats start equal to end as no quiet hours", () => {
    expect(
      quietHoursEnd({ start: "08:00", end: "08:00" }, "Asia/Taipei", Date.parse("2026-05-01T00:00:00Z")),
    ).toBe(undefined);
  });
});
