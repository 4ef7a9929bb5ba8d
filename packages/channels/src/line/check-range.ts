/** Checks a number against the bounds LINE accepts (coordinates). */
import type { LimitViolation } from "@switchboard/core";

/** Pushes a `range` violation when `value` is not finite or outside `min..max`. */
export function checkRange(
  violations: LimitViolation[],
  path: string,
  value: number,
  rule: { min: number; max: number },
): void {
  if (Number.isFinite(value) && value >= rule.min && value <= rule.max) return;
  violations.push({
    path,
    rule: "range",
    message: `${path}: ${value} is not a number from ${rule.min} to ${rule.max}, which LINE needs`,
    ...(value > rule.max ? { limit: rule.max } : value < rule.min ? { limit: rule.min } : {}),
    actual: value,
  });
}
