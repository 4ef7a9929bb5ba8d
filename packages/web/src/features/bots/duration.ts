/** A wait node's duration as an amount and a unit the author thinks in. */

export type DurationUnit = "seconds" | "minutes" | "hours" | "days";

export const durationUnits: readonly DurationUnit[] = ["seconds", "minutes", "hours", "days"];

const unitMs: Record<DurationUnit, number> = {
  seconds: 1_000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
};

/** Pure: milliseconds → the largest unit that divides them evenly (`5_400_000` → 90 minutes). */
export function splitDuration(ms: number): { amount: number; unit: DurationUnit } {
  for (const unit of [...durationUnits].reverse()) {
    if (ms > 0 && ms % unitMs[unit] === 0) return { amount: ms / unitMs[unit], unit };
  }
  return { amount: ms / unitMs.seconds, unit: "seconds" };
}

/** Pure: an amount of a unit → whole milliseconds. */
export function durationMs(amount: number, unit: DurationUnit): number {
  return Math.round(amount * unitMs[unit]);
}
