/** Checks a URL a platform fetches or opens: present, an absolute http(s) address, within its length. */
import type { LimitViolation } from "@switchboard/core";
import { checkLength } from "./check-length.js";

export interface UrlRule {
  /** The platform named in messages. */
  platform: string;
  /** Refuse `http:`; the platform only takes `https:`. */
  httpsOnly?: boolean;
  /** Most characters, when the platform documents a limit. */
  max?: number;
}

/** The scheme of an absolute URL with its colon (`https:`), or undefined when `value` does not parse. */
export function protocolOf(value: string): string | undefined {
  try {
    return new URL(value).protocol;
  } catch {
    return undefined;
  }
}

/**
 * Pushes `required` for a blank URL, `format` unless it is an absolute URL with an allowed scheme and no
 * surrounding spaces, and `max_length` when it is over `rule.max`.
 */
export function checkHttpUrl(violations: LimitViolation[], path: string, value: string, rule: UrlRule): void {
  if (value.trim().length === 0) {
    checkLength(violations, path, value, { platform: rule.platform, required: true });
    return;
  }
  const protocol = protocolOf(value);
  const allowed = rule.httpsOnly === true ? ["https:"] : ["http:", "https:"];
  if (value !== value.trim() || protocol === undefined || !allowed.includes(protocol)) {
    const what = rule.httpsOnly === true ? "an absolute https URL" : "an absolute http or https URL";
    violations.push({
      path,
      rule: "format",
      message: `${path}: ${JSON.stringify(value)} is not ${what}, which ${rule.platform} needs`,
    });
  }
  checkLength(violations, path, value, { platform: rule.platform, max: rule.max });
}
