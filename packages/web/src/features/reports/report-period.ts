/** The periods the reports page offers, as `[from, to)` in epoch milliseconds on the browser's clock. */
import type { Period } from "../../api/reports-api";

export type PeriodPreset = "today" | "last7" | "last30" | "thisMonth" | "custom";

export const PERIOD_PRESETS: readonly PeriodPreset[] = ["today", "last7", "last30", "thisMonth", "custom"];

const DAY = 24 * 60 * 60 * 1000;

/** Pure: local midnight of the day `ms` falls in. */
function startOfDay(ms: number): number {
  const date = new Date(ms);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** Pure: the period of a preset at `now`; every preset ends at the end of today. */
export function presetPeriod(preset: Exclude<PeriodPreset, "custom">, now: number): Period {
  const today = startOfDay(now);
  const to = startOfDay(today + DAY + DAY / 2);
  switch (preset) {
    case "today":
      return { from: today, to };
    case "last7":
      return { from: startOfDay(today - 6 * DAY + DAY / 2), to };
    case "last30":
      return { from: startOfDay(today - 29 * DAY + DAY / 2), to };
    case "thisMonth": {
      const first = new Date(today);
      first.setDate(1);
      return { from: first.getTime(), to };
    }
  }
}

/** Pure: the period of two `YYYY-MM-DD` dates, both days included; null when a date is missing or they are reversed. */
export function customPeriod(fromDate: string, toDate: string): Period | null {
  const from = localDate(fromDate);
  const last = localDate(toDate);
  if (from === null || last === null || last < from) return null;
  return { from, to: startOfDay(last + DAY + DAY / 2) };
}

/** Pure: `YYYY-MM-DD` of a moment, on the local calendar (what a date input shows). */
export function dateInputValue(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function localDate(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date.getTime();
}
