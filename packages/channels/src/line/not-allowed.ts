/** The violation for something the neutral message holds that LINE cannot show in the chosen form. */
import type { LimitViolation } from "@switchboard/core";

/** Pushes a `not_allowed` violation; `why` finishes the sentence after the path. */
export function notAllowed(violations: LimitViolation[], path: string, why: string): void {
  violations.push({ path, rule: "not_allowed", message: `${path}: ${why}` });
}
