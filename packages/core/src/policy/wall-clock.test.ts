import { describe, expect, it } from "vitest";
import { instantOf, wallClock } from "./wall-clock.js";

const at = (iso: string) => Date.parse(iso);

describe("wallClock", () => {
  it.each([
    [
      "2026-05-01T15:30:00Z",
      "Asia/Taipei",
      { year: 2026, month: 5, day: 1, hour: 23, minute: 30, second: 0 },
    ],
    [
      "2026-05-01T22:00:05Z",
      "Europe/Berlin",
      { year: 2026, month: 5, day: 2, hour: 0, minute: 0, second: 5 },
    ],
    [
      "2026-01-01T00:00:00Z",
      "Europe/Berlin",
      { year: 2026, month: 1, day: 1, hour: 1, minute: 0, second: 0 },
    ],
    [
      "2026-03-29T01:00:00Z",
      "Europe/Berlin",
      { year: 2026, month: 3, day: 29, hour: 3, minute: 0, second: 0 },
    ],
  ])("%s in %s", (instant, zone, expected) => {
    expect(wallClock(at(instant), zone)).toEqual(expected);
  });
});

describe("instantOf", () => {
  it.each([
    ["Taipei morning", "Asia/Taipei", { year: 2026, month: 5, day: 2, hour: 8 }, "2026-05-02T00:00:00.000Z"],
    [
      "Berlin winter",
      "Europe/Berlin",
      { year: 2026, month: 1, day: 16, hour: 8 },
      "2026-01-16T07:00:00.000Z",
    ],
    ["Berlin summer", "Europe/Berlin", { year: 2026, month: 7, day: 1, hour: 8 }, "2026-07-01T06:00:00.000Z"],
    // 02:30 does not exist on 29 March 2026: the clocks jump from 02:00 to 03:00.
    [
      "Berlin gap",
      "Europe/Berlin",
      { year: 2026, month: 3, day: 29, hour: 2, minute: 30 },
      "2026-03-29T01:30:00.000Z",
    ],
    // 02:30 happens twice on 25 October 2026: the first one (summer time) is taken.
    [
      "Berlin repeat",
      "Europe/Berlin",
      { year: 2026, month: 10, day: 25, hour: 2, minute: 30 },
      "2026-10-25T00:30:00.000Z",
    ],
  ])("%s", (_name, zone, local, expected) => {
    const clock = { minute: 0, second: 0, ...local };
    expect(new Date(instantOf(clock, zone)).toISOString()).toBe(expected);
  });
});
