/** Checks an identifier a platform echoes back (payloads, option ids): present, no surrounding spaces, within its limit. */
import type { LimitViolation } from "@switchboard/core";
import { checkLength } from "./check-length.js";

export interface IdRule {
  /** The platform named in messages. */
  platform: string;
  /** Most characters; omit when the platform documents none. */
  max?: number;
}

/** Pushes `no_surrounding_spaces` when a non-blank value starts or ends with white space (PLATFORMS.md E6). */
export function checkNoSurroundingSpaces(
  violations: LimitViolation[],
  path: string,
  value: string,
  rule: { platform: string },
): void {
  if (value.trim().length === 0 || value === value.trim()) return;
  violations.push({
    path,
    rule: "no_surrounding_spaces",
    message: `${path}: starts or ends with white space, which ${rule.platform} refuses in ids`,
  });
}

/** Pushes `required`, `no_surrounding_spaces` and `max_length` violations for an id. */
export function checkId(violations: LimitViolation[], path: string, value: string, rule: IdRule): void {
  checkLength(violations, path, value, { platform: rule.platform, required: true, max: rule.max });
  checkNoSurroundingSpaces(violations, path, value, rule);
}
