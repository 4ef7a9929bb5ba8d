/** Whether a place keeping `hours` is open at an instant, read on the local clock of its time zone. */
import type { BusinessHours } from "./business-hours.js";
import { localMinute } from "./local-day.js";
import { isOpenAt, openingPlan } from "./opening-plan.js";

/**
 * Pure: true when `instant` (epoch ms) falls in an opening interval on the local clock of `timeZone`
 * (IANA). Local times decide, so 09:00–18:00 stays 09:00–18:00 across daylight-saving changes; a holiday
 * replaces the hours that begin on its date. Throws RangeError for an unknown time zone.
 */
export function isOpen(hours: BusinessHours, timeZone: string, instant: number): boolean {
  const local = localMinute(instant, timeZone);
  return isOpenAt(openingPlan(hours), local.day, local.minute);
}
