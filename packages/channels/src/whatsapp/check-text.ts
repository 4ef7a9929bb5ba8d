/**
 * Length and presence checks for the texts of a WhatsApp message: the generic checks of limits/ with
 * WhatsApp named in their messages. Nothing is ever cut.
 */
import type { LimitViolation } from "@switchboard/core";
import { checkLength } from "../limits/check-length.js";

export { measureText, nonBlank } from "../limits/check-length.js";

export interface TextRule {
  /** Most characters WhatsApp takes; omit when the field has no documented limit. */
  max?: number;
  /** A blank value (empty or only white space) is a `required` violation. */
  required?: boolean;
}

/**
 * Pushes a `required` violation for a blank required value, else a `max_length` violation when either
 * count is over `rule.max`. An optional blank value passes: the compilers leave it out of the payload.
 */
export function checkText(
  violations: LimitViolation[],
  path: string,
  value: string | undefined,
  rule: TextRule,
): void {
  checkLength(violations, path, value, { ...rule, platform: "WhatsApp" });
}
