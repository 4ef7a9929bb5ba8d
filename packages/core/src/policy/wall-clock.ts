/**
 * Wall-clock time in an IANA time zone, and back to an instant, with `Intl.DateTimeFormat` only:
 * pure given the instant, correct across daylight-saving changes.
 */

/** A local date and time in some zone; `month` 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local date and time at `instant` (epoch ms) in `timeZone`. Throws RangeError for unknown zones. */
export function wallClock(instant: number, timeZone: string): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const { type, value } of formatterFor(timeZone).formatToParts(instant)) {
    if (type === "year" || type === "month" || type === "day") clock[type] = Number(value);
    else if (type === "hour" || type === "minute" || type === "second") clock[type] = Number(value);
  }
  return clock;
}

/** How far the zone's clocks are ahead of UTC at `instant`, in ms (whole seconds). */
export function offsetAt(instant: number, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const local = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return local - Math.floor(instant / 1000) * 1000;
}

const DAY_MS = 86_400_000;

/**
 * The instant a zone's clocks show `local`. A repeated autumn time maps to its first occurrence; a time
 * skipped by a spring-forward change maps to the instant the same span after the change (02:30 → 03:30).
 */
export function instantOf(local: WallClock, timeZone: string): number {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  // Real zones change offset at most once within a day either side.
  const before = offsetAt(asUtc - DAY_MS, timeZone);
  const after = offsetAt(asUtc + DAY_MS, timeZone);
  const fits = [asUtc - before, asUtc - after].filter((t) => offsetAt(t, timeZone) === asUtc - t);
  return fits.length > 0 ? Math.min(...fits) : asUtc - before;
}
