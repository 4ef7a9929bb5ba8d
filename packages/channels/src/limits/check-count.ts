/** Checks how many items a list of the message holds against a platform's minimum and maximum. */
import type { LimitViolation } from "@switchboard/core";

export interface CountRule {
  /** The platform named in messages: "Messenger allows 13". */
  platform: string;
  min?: number;
  max?: number;
  /** What is counted, when not the items at the path: "options", "Flex bubbles"… */
  unit?: string;
  /** Words after the count, e.g. "in total across all sections". */
  scope?: string;
  /** Rule name for the maximum; `max_total_items` for counts summed over several lists. */
  maxRule?: "max_items" | "max_total_items";
}

/** Pushes a `min_items` or `max_items` (or `rule.maxRule`) violation when `actual` is out of bounds. */
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
      message: `${counted}, ${rule.platform} needs at least ${rule.min}`,
      limit: rule.min,
      actual,
    });
  }
  if (rule.max !== undefined && actual > rule.max) {
    violations.push({
      path,
      rule: rule.maxRule ?? "max_items",
      message: `${counted}, ${rule.platform} allows ${rule.max}`,
      limit: rule.max,
      actual,
    });
  }
}
