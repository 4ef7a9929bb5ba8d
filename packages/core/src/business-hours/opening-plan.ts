/** Business hours read as minute spans per local day, holidays replacing their weekday; pure. */
import { intervalSpan, MINUTES_PER_DAY } from "./business-hours.js";
import type { BusinessHours, OpeningInterval } from "./business-hours.js";
import type { MinuteSpan } from "./find-overlaps.js";
import { dayNumberOf, weekdayOf } from "./local-day.js";

export interface OpeningPlan {
  /** The spans that begin on local `day`, in minutes from its midnight (past 1440 when crossing midnight). */
  spansOn(day: number): readonly MinuteSpan[];
  /** The day number of the last holiday, or -Infinity without holidays. */
  lastHoliday: number;
}

function spansOf(intervals: readonly OpeningInterval[]): MinuteSpan[] {
  return intervals
    .map(intervalSpan)
    .filter((span): span is MinuteSpan => span !== undefined)
    .sort((a, b) => a.start - b.start);
}

export function openingPlan(hours: BusinessHours): OpeningPlan {
  const weekly = new Map(Object.entries(hours.weekly).map(([day, intervals]) => [day, spansOf(intervals)]));
  const holidays = new Map(hours.holidays.map((h) => [dayNumberOf(h.date), spansOf(h.hours)]));
  return {
    spansOn: (day) => holidays.get(day) ?? weekly.get(weekdayOf(day)) ?? [],
    lastHoliday: Math.max(-Infinity, ...holidays.keys()),
  };
}

/**
 * True when local `minute` of `day` lies in a span that begins that day, or in the part after midnight of
 * a span that began the day before. A holiday replaces the spans that begin on it, not the night before.
 */
export function isOpenAt(plan: OpeningPlan, day: number, minute: number): boolean {
  if (plan.spansOn(day).some((span) => span.start <= minute && minute < span.end)) return true;
  return plan.spansOn(day - 1).some((span) => minute + MINUTES_PER_DAY < span.end);
}
