/**
 * Business hours as data: opening intervals per weekday in local time (several a day, crossing midnight
 * allowed) and holidays (closed all day, or open at special hours). The zod schemas are the single source
 * of the types and name the field of every broken rule (`monday[1].end`, `[2].date`).
 */
import { z } from "zod";
import { findOverlaps } from "./find-overlaps.js";
import type { MinuteSpan } from "./find-overlaps.js";

export const WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MINUTES_PER_DAY = 1440;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
export const MAX_INTERVALS_PER_DAY = 12;
export const MAX_HOLIDAYS = 400;

/** `HH:MM` → minutes after midnight (`24:00` → 1440); undefined when it is not a clock time. */
export function clockMinutes(time: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (match) return Number(match[1]) * 60 + Number(match[2]);
  return time === "24:00" ? MINUTES_PER_DAY : undefined;
}

/** Minutes `[start, end)` of an interval from its day's midnight; `end` passes 1440 when it crosses midnight. */
export function intervalSpan(interval: { start: string; end: string }): MinuteSpan | undefined {
  const start = clockMinutes(interval.start);
  const end = clockMinutes(interval.end);
  if (start === undefined || end === undefined || start === end || start === MINUTES_PER_DAY)
    return undefined;
  return { start, end: end < start ? end + MINUTES_PER_DAY : end };
}

const StartTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM, 00:00 to 23:59");
const EndTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "expected HH:MM, 00:00 to 24:00");

/**
 * Open from `start` (inclusive) to `end` (exclusive), local time. An `end` earlier than `start` is on
 * the next day (22:00–02:00); `24:00` is the end of the day, so 00:00–24:00 is the whole day.
 */
export const OpeningIntervalSchema = z
  .object({ start: StartTime, end: EndTime })
  .strict()
  .refine((interval) => interval.start !== interval.end, {
    path: ["end"],
    message: "same as start: an interval needs a length (00:00–24:00 is the whole day)",
  });
export type OpeningInterval = z.infer<typeof OpeningIntervalSchema>;

const label = (interval: OpeningInterval) => `${interval.start}–${interval.end}`;

/** Adds an issue for each interval that overlaps one listed before it. */
function reportOverlaps(
  entries: { path: (string | number)[]; name: string; interval: OpeningInterval; offset: number }[],
  ctx: z.RefinementCtx,
  cycle?: number,
): void {
  const spans = entries.flatMap((entry) => {
    const span = intervalSpan(entry.interval);
    return span === undefined
      ? []
      : [{ entry, span: { start: span.start + entry.offset, end: span.end + entry.offset } }];
  });
  for (const overlap of findOverlaps(
    spans.map((s) => s.span),
    cycle,
  )) {
    const later = spans[overlap.later]?.entry;
    const earlier = spans[overlap.earlier]?.entry;
    if (later === undefined || earlier === undefined) continue;
    ctx.addIssue({
      code: "custom",
      path: [...later.path, overlap.field],
      message: `overlaps ${earlier.name} ${label(earlier.interval)}`,
    });
  }
}

const DayIntervals = z
  .array(OpeningIntervalSchema)
  .max(MAX_INTERVALS_PER_DAY, `at most ${MAX_INTERVALS_PER_DAY} intervals a day`)
  .default([]);

/** Opening intervals per weekday; a day left out or empty is closed. No two intervals may overlap. */
export const WeeklyHoursSchema = z
  .object({
    monday: DayIntervals,
    tuesday: DayIntervals,
    wednesday: DayIntervals,
    thursday: DayIntervals,
    friday: DayIntervals,
    saturday: DayIntervals,
    sunday: DayIntervals,
  })
  .strict()
  .superRefine((week, ctx) => {
    const entries = WEEKDAYS.flatMap((day, dayIndex) =>
      (Array.isArray(week[day]) ? week[day] : []).map((interval, index) => ({
        path: [day, index],
        name: `${day}[${index}]`,
        interval,
        offset: dayIndex * MINUTES_PER_DAY,
      })),
    );
    reportOverlaps(entries, ctx, MINUTES_PER_WEEK);
  });
export type WeeklyHours = z.infer<typeof WeeklyHoursSchema>;

/** True for `YYYY-MM-DD` naming a day of the calendar (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date closed all day (no hours) or open only at its own hours, which replace the weekday's. */
export const HolidaySchema = z
  .object({
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
      .refine(
        (date) => !/^\d{4}-\d{2}-\d{2}$/.test(date) || isCalendarDate(date),
        "not a day of the calendar",
      ),
    name: z.string().trim().max(80, "at most 80 characters").optional(),
    hours: DayIntervals,
  })
  .strict()
  .superRefine((holiday, ctx) => {
    const hours = Array.isArray(holiday.hours) ? holiday.hours : [];
    reportOverlaps(
      hours.map((interval, index) => ({
        path: ["hours", index],
        name: `hours[${index}]`,
        interval,
        offset: 0,
      })),
      ctx,
    );
  });
export type Holiday = z.infer<typeof HolidaySchema>;

/** Holidays, each date at most once. */
export const HolidaysSchema = z
  .array(HolidaySchema)
  .max(MAX_HOLIDAYS, `at most ${MAX_HOLIDAYS} holidays`)
  .superRefine((holidays, ctx) => {
    const seen = new Map<string, number>();
    holidays.forEach((holiday, index) => {
      const first = seen.get(holiday.date);
      if (first === undefined) seen.set(holiday.date, index);
      else
        ctx.addIssue({
          code: "custom",
          path: [index, "date"],
          message: `${holiday.date} is listed twice (first at [${first}])`,
        });
    });
  });

/** When a place is open: its week and its holidays, read on the local clock of its time zone. */
export interface BusinessHours {
  weekly: WeeklyHours;
  holidays: readonly Holiday[];
}

/** A week with every day closed. */
export function closedWeek(): WeeklyHours {
  return { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] };
}
