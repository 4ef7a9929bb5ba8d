/** When a place keeping business hours next opens, read on the local clock of its time zone. */
import type { BusinessHours } from "./business-hours.js";
import { instantsAt, localMinute, offsetChangesAround } from "./local-day.js";
import { isOpenAt, openingPlan } from "./opening-plan.js";
import type { OpeningPlan } from "./opening-plan.js";

const DAY_MS = 86_400_000;
/** Earliest instant of a local day on any clock (offsets reach +14 hours). */
const EARLIEST_OFFSET_MS = 15 * 3_600_000;
/** How far ahead holidays are searched: ten years. */
const MAX_DAYS_AHEAD = 3_660;

/**
 * Pure: the first instant at or after `instant` (epoch ms) at which the place is open — `instant` itself
 * when it is open — or undefined when it never opens again (an empty week and no later holiday hours).
 * Openings are interval starts (each occurrence, when an autumn change repeats a local time) and the
 * moments a clock change jumps into an interval (a 02:30 start on a spring-forward night opens at 03:00).
 */
export function nextOpening(hours: BusinessHours, timeZone: string, instant: number): number | undefined {
  const plan = openingPlan(hours);
  const openAt = (at: number) => {
    const local = localMinute(at, timeZone);
    return isOpenAt(plan, local.day, local.minute);
  };
  if (openAt(instant)) return instant;
  const today = localMinute(instant, timeZone).day;
  const lastDay = Math.min(Math.max(today, plan.lastHoliday) + 8, today + MAX_DAYS_AHEAD);
  let best: number | undefined;
  for (let day = today - 1; day <= lastDay; day++) {
    if (best !== undefined && day * DAY_MS - EARLIEST_OFFSET_MS > best) break;
    for (const candidate of candidatesOn(plan, day, timeZone)) {
      if (candidate > instant && (best === undefined || candidate < best) && openAt(candidate))
        best = candidate;
    }
  }
  return best;
}

/** The instants at which the place may open during local `day`; none when nothing is open that day. */
function candidatesOn(plan: OpeningPlan, day: number, timeZone: string): number[] {
  const spans = plan.spansOn(day);
  const nightBefore = plan.spansOn(day - 1).some((span) => span.end > 1440);
  if (spans.length === 0 && !nightBefore) return [];
  return [
    ...spans.flatMap((span) => instantsAt(day, span.start, timeZone)),
    ...offsetChangesAround(day, timeZone),
  ];
}
