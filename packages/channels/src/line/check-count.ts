/** Checks how many items a list of the message holds against LINE's minimum and maximum. */
import type { LimitViolation } from "@switchboard/core";

export interface CountRule {
  min?: number;
  max?: number;
  /** What is counted, when not the items at the path: "options", "Flex bubbles"… */
  unit?: string;
  /** Words after the count, e.g. "for a buttons template". */
  scope?: string;
}

/** Pushes a `min_items` or `max_items` violation when `actual` is out of bounds. */
export function checkCount(
  violations: LimitViolation[],
  path: string,
  actual: number,
  rule: CountRule,
): void {
  const unit = rule.unit ?? (actual === 1 ? "item" : "items");
  const counted = `${path}: ${actual} ${unit}${rule.scope === undefined ? "" : ` ${rule.scope}`}`;
  if (rule.min !== undefined && actual < rule.min) {
    violations.push({
      path,
      rule: "min_items",
      message: `${counted}, LINE needs at least ${rule.min}`,
      limit: rule.min,
      actual,
    });
  }
  if (rule.max !== undefined && actual > rule.max) {
    violations.push({
      path,
      rule: "max_items",
      message: `${counted}, LINE allows ${rule.max}`,
      limit: rule.max,
      actual,
    });
  }
}
