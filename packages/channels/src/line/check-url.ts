/** Checks the URLs of a LINE message: media LINE fetches (HTTPS only) and addresses a uri action opens. */
import type { LimitViolation } from "@switchboard/core";
import { protocolOf } from "../limits/check-url.js";
import { checkText } from "./check-text.js";
import { MEDIA_URL_MAX, URI_MAX, URI_SCHEMES } from "./line-limits.js";

/**
 * Pushes `required` for a blank URL, `format` unless it is an absolute https URL without surrounding
 * spaces (LINE fetches images and videos over HTTPS only, D2), and `max_length` over 2000 characters.
 */
export function checkMediaUrl(violations: LimitViolation[], path: string, value: string, as: string): void {
  checkText(violations, path, value, { required: true, max: MEDIA_URL_MAX, as });
  if (value.trim().length === 0) return;
  if (value === value.trim() && protocolOf(value) === "https:") return;
  violations.push({
    path,
    rule: "format",
    message: `${path}: ${JSON.stringify(value)} is not an absolute https URL, which LINE needs for ${as}`,
  });
}

/**
 * Pushes `required` for a blank address, `format` unless it is an absolute http, https, line or tel URI
 * (D2 uri action), and `max_length` over 1000 characters.
 */
export function checkActionUri(violations: LimitViolation[], path: string, value: string): void {
  checkText(violations, path, value, { required: true, max: URI_MAX, as: "the uri action" });
  if (value.trim().length === 0) return;
  const protocol = protocolOf(value);
  const known: readonly string[] = URI_SCHEMES;
  if (value === value.trim() && protocol !== undefined && known.includes(protocol)) return;
  violations.push({
    path,
    rule: "format",
    message: `${path}: ${JSON.stringify(value)} is not an absolute http, https, line or tel URI, which a LINE uri action needs`,
  });
}
