/** Reads the local wall-clock time and weekday of an instant in an IANA time zone. */
import type { Weekday } from "../bot/condition-schema.js";

export interface ZonedClock {
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
  weekday: Weekday;
}

const WEEKDAYS: Record<string, Weekday> = {
  Mon: "mon",
  Tue: "tue",
  Wed: "wed",
  Thu: "thu",
  Fri: "fri",
  Sat: "sat",
  Sun: "sun",
};

/** The local time of `epochMs` in `timeZone`. Deterministic: no clock is read. */
export function zonedClock(epochMs: number, timeZone: string): ZonedClock {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    hour: "2-digit",
    minute: "2-digit",
    weekday: "short",
  }).formatToParts(new Date(epochMs));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    minutes: Number(part("hour")) * 60 + Number(part("minute")),
    weekday: WEEKDAYS[part("weekday")] ?? "mon",
  };
}
