/**
 * Local calendar days as whole numbers (days since 1970-01-01) so that date arithmetic stays exact, and
 * the instants a zone's clocks show a given local time, across daylight-saving gaps and repeats.
 */
import { offsetAt, wallClock } from "../policy/wall-clock.js";
import { WEEKDAYS } from "./business-hours.js";
import type { Weekday } from "./business-hours.js";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The day number of a local date (`month` 1–12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The day number of `YYYY-MM-DD` (assumed valid). */
export function dayNumberOf(isoDate: string): number {
  const [year = "1970", month = "1", day = "1"] = isoDate.split("-");
  return dayNumber(Number(year), Number(month), Number(day));
}

/** The weekday of a day number; day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: number): Weekday {
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7] ?? "monday";
}

/** The local day and minute of the day at `instant` in `timeZone` (seconds dropped). */
export function localMinute(instant: number, timeZone: string): { day: number; minute: number } {
  const clock = wallClock(instant, timeZone);
  return { day: dayNumber(clock.year, clock.month, clock.day), minute: clock.hour * 60 + clock.minute };
}

/**
 * Every instant at which the zone's clocks show `minute` (0–1439) of local `day`, earliest first: none
 * when a spring-forward change skips it, two when an autumn change repeats it.
 */
export function instantsAt(day: number, minute: number, timeZone: string): number[] {
  const asUtc = day * DAY_MS + minute * 60_000;
  const offsets = new Set([offsetAt(asUtc - DAY_MS, timeZone), offsetAt(asUtc + DAY_MS, timeZone)]);
  return [...offsets]
    .map((offset) => asUtc - offset)
    .filter((instant) => offsetAt(instant, timeZone) === asUtc - instant)
    .sort((a, b) => a - b);
}

const STEP_MS = 6 * HOUR_MS;

/**
 * The instants at which the zone's offset changes while local `day` may be on some clock (a wide window:
 * offsets reach ±14 hours). Real zones change at most once within six hours.
 */
export function offsetChangesAround(day: number, timeZone: string): number[] {
  const from = day * DAY_MS - 15 * HOUR_MS;
  const to = (day + 1) * DAY_MS + 15 * HOUR_MS;
  const changes: number[] = [];
  let before = offsetAt(from, timeZone);
  for (let at = from + STEP_MS; at < to + STEP_MS; at += STEP_MS) {
    const offset = offsetAt(at, timeZone);
    if (offset !== before) changes.push(firstInstantWith(offset, at - STEP_MS, at, timeZone));
    before = offset;
  }
  return changes;
}

/** The first whole second in `(low, high]` at which the offset is `offset`, knowing it is at `high` only. */
function firstInstantWith(offset: number, low: number, high: number, timeZone: string): number {
  let [lo, hi] = [Math.floor(low / 1000), Math.floor(high / 1000)];
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid * 1000, timeZone) === offset) hi = mid;
    else lo = mid;
  }
  return hi * 1000;
}
