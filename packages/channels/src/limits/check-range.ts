/** Checks a number against the bounds a platform accepts (coordinates, template button positions). */
import type { LimitViolation } from "@switchboard/core";

export interface RangeRule {
  /** The platform named in messages: "which LINE needs". */
  platform: string;
  min: number;
  max: number;
  /** Also refuse fractions. */
  integer?: boolean;
}

/** Pushes a `range` violation when `value` is not finite, outside `min..max`, or a fraction where whole. */
export function checkRange(violations: LimitViolation[], path: string, value: number, rule: RangeRule): void {
  const whole = rule.integer !== true || Number.isInteger(value);
  if (Number.isFinite(value) && whole && value >= rule.min && value <= rule.max) return;
  const kind = rule.integer === true ? "a whole number" : "a number";
  violations.push({
    path,
    rule: "range",
    message: `${path}: ${value} is not ${kind} from ${rule.min} to ${rule.max}, which ${rule.platform} needs`,
    ...(value > rule.max ? { limit: rule.max } : value < rule.min ? { limit: rule.min } : {}),
    actual: value,
  });
}
