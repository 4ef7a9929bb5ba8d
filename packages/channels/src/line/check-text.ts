/**
 * Length and presence checks for the texts of a LINE message: the generic checks of limits/ with LINE
 * named in their messages, plus LINE's UTF-8 limit on postback data. Nothing is ever cut.
 */
import type { LimitViolation } from "@switchboard/core";
import { utf8ByteLength } from "../limits/check-bytes.js";
import { checkLength } from "../limits/check-length.js";

export { measureText, nonBlank } from "../limits/check-length.js";

export interface TextRule {
  /** Most characters LINE takes; omit when the field has no documented limit. */
  max?: number;
  /** A blank value (empty or only white space) is a `required` violation. */
  required?: boolean;
  /** What the text becomes on LINE when that is not obvious from the path, e.g. "the template text". */
  as?: string;
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
  checkLength(violations, path, value, { ...rule, platform: "LINE" });
}

/** Pushes a `max_bytes` violation when `value` takes more than `max` bytes in UTF-8. */
export function checkBytes(
  violations: LimitViolation[],
  path: string,
  value: string,
  rule: { max: number; as: string },
): void {
  const bytes = utf8ByteLength(value);
  if (bytes <= rule.max) return;
  violations.push({
    path,
    rule: "max_bytes",
    message: `${path}: ${rule.as} takes ${bytes} bytes in UTF-8, LINE allows ${rule.max}`,
    limit: rule.max,
    actual: bytes,
  });
}
