/**
 * Length and presence checks for the texts of a message, for any platform. A text is within a limit only
 * when both its code points and its UTF-16 units are (PLATFORMS.md, general rules); nothing is ever cut.
 */
import type { LimitViolation } from "@switchboard/core";

export interface LengthRule {
  /** The platform named in messages: "Messenger allows 20". */
  platform: string;
  /** Most characters the platform takes; omit when the field has no documented limit. */
  max?: number;
  /** A blank value (empty or only white space) is a `required` violation. */
  required?: boolean;
  /** What the text becomes on the platform when that is not obvious from the path, e.g. "the template text". */
  as?: string;
}

/** The value when it holds more than white space, else undefined: optional blank texts are left out. */
export function nonBlank(value: string | undefined): string | undefined {
  return value === undefined || value.trim().length === 0 ? undefined : value;
}

/** Counts a string both ways; `size` is the larger count, the one a limit is checked against. */
export function measureText(value: string): { codePoints: number; utf16Units: number; size: number } {
  const codePoints = [...value].length;
  const utf16Units = value.length;
  return { codePoints, utf16Units, size: Math.max(codePoints, utf16Units) };
}

/**
 * Pushes a `required` violation for a blank required value, else a `max_length` violation when either
 * count is over `rule.max`. An optional blank value passes: compilers leave it out of the payload.
 */
export function checkLength(
  violations: LimitViolation[],
  path: string,
  value: string | undefined,
  rule: LengthRule,
): void {
  const as = rule.as === undefined ? "" : ` (${rule.as})`;
  const text = nonBlank(value);
  if (text === undefined) {
    if (rule.required === true) {
      violations.push({
        path,
        rule: "required",
        message: `${path}: required${as}, ${rule.platform} refuses it empty`,
      });
    }
    return;
  }
  if (rule.max === undefined) return;
  const { codePoints, utf16Units, size } = measureText(text);
  if (size <= rule.max) return;
  const counted =
    codePoints === utf16Units
      ? `${size} characters`
      : `${utf16Units} UTF-16 units (${codePoints} code points)`;
  violations.push({
    path,
    rule: "max_length",
    message: `${path}: ${counted}${as}, ${rule.platform} allows ${rule.max}`,
    limit: rule.max,
    actual: size,
  });
}
