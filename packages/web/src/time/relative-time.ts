/** Short "how long ago" labels for the conversation list, in the console's language. */
import { dictionaries, type Language } from "../i18n/language";
import { translate } from "../i18n/translate";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The calendar day of `ms` in `timeZone`, counted in days since the epoch. */
function calendarDay(ms: number, timeZone: string | undefined): number {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  })
    .format(ms)
    .split("-")
    .map(Number);
  const [year = 1970, month = 1, day = 1] = parts;
  return Math.round(Date.UTC(year, month - 1, day) / DAY);
}

/** Pure: how many calendar days `later` is after `earlier` in `timeZone` (0 the same day, 1 the next…). */
export function daysBetween(earlier: number, later: number, timeZone?: string): number {
  return calendarDay(later, timeZone) - calendarDay(earlier, timeZone);
}

/**
 * Pure: `now` under a minute, minutes under an hour, hours under a day, then "Yesterday", a weekday
 * within the week, and a date after that (with the year when it is not this year).
 */
export function formatRelativeTime(then: number, now: number, language: Language, timeZone?: string): string {
  const dictionary = dictionaries[language];
  const elapsed = now - then;
  if (elapsed < MINUTE) return translate(dictionary, "time.now");
  if (elapsed < HOUR) return translate(dictionary, "time.minutes", { n: Math.floor(elapsed / MINUTE) });
  if (elapsed < DAY) return translate(dictionary, "time.hours", { n: Math.floor(elapsed / HOUR) });
  const days = daysBetween(then, now, timeZone);
  if (days <= 1) return translate(dictionary, "time.yesterday");
  if (days < 7) return new Intl.DateTimeFormat(language, { timeZone, weekday: "short" }).format(then);
  const sameYear =
    new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(then) ===
    new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(now);
  const options: Intl.DateTimeFormatOptions = sameYear
    ? { timeZone, month: "short", day: "numeric" }
    : { timeZone, year: "numeric", month: "short", day: "numeric" };
  return new Intl.DateTimeFormat(language, options).format(then);
}

/** Pure: `14:05` (24-hour clock) in the console's language. */
export function formatClockTime(ms: number, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(ms);
}

/** Pure: the full date and time, for tooltips. */
export function formatFullTime(ms: number, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { timeZone, dateStyle: "medium", timeStyle: "short" }).format(ms);
}
