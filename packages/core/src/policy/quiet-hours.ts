/**
 * Quiet hours: when a business-initiated send must wait. Works on the local clock of a time zone, so a
 * 22:00–08:00 window stays 22:00–08:00 across midnight and across daylight-saving changes.
 */
import { instantOf, wallClock } from "./wall-clock.js";

function minutesOf(clockTime: string): number {
  const [hours = "0", minutes = "0"] = clockTime.split(":");
  return Number(hours) * 60 + Number(minutes);
}

/**
 * When quiet hours (`start` inclusive, `end` exclusive, both "HH:MM") hold at `now` in `timeZone`,
 * the instant they end; undefined when sending is allowed now. `start === end` means never quiet.
 */
export function quietHoursEnd(
  window: { start: string; end: string },
  timeZone: string,
  now: number,
): number | undefined {
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  if (start === end) return undefined;
  const local = wallClock(now, timeZone);
  const minute = local.hour * 60 + local.minute;
  const crossesMidnight = start > end;
  const quiet = crossesMidnight ? minute >= start || minute < end : minute >= start && minute < end;
  if (!quiet) return undefined;
  // Before midnight in a window that crosses it, the window ends tomorrow (local date).
  const dayShift = crossesMidnight && minute >= start ? 1 : 0;
  const endDate = new Date(Date.UTC(local.year, local.month - 1, local.day + dayShift));
  return instantOf(
    {
      year: endDate.getUTCFullYear(),
      month: endDate.getUTCMonth() + 1,
      day: endDate.getUTCDate(),
      hour: Math.floor(end / 60),
      minute: end % 60,
      second: 0,
    },
    timeZone,
  );
}
