/** Checks an identifier WhatsApp echoes back or looks up: present, no surrounding spaces, within its limit. */
import type { LimitViolation } from "@switchboard/core";
import { checkText } from "./check-text.js";

/**
 * Pushes `required`, `no_surrounding_spaces` (PLATFORMS.md E6: ids with leading or trailing spaces are
 * refused) and `max_length` violations for an id; `max` is omitted when WhatsApp documents none.
 */
export function checkId(violations: LimitViolation[], path: string, value: string, max?: number): void {
  checkText(violations, path, value, { required: true, max });
  if (value.trim().length > 0 && value !== value.trim()) {
    violations.push({
      path,
      rule: "no_surrounding_spaces",
      message: `${path}: starts or ends with white space, which WhatsApp refuses in ids`,
    });
  }
}
