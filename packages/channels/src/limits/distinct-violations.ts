/** Drops a violation reported twice (by a check every channel shares and by the channel's own form). */
import type { LimitViolation } from "@switchboard/core";

/** The violations in order, each path and rule once (the first report wins). */
export function distinctViolations(violations: readonly LimitViolation[]): LimitViolation[] {
  const seen = new Set<string>();
  return violations.filter((violation) => {
    const key = JSON.stringify([violation.path, violation.rule]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
