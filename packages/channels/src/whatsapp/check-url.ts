/** Checks a URL WhatsApp fetches or opens: present and an absolute http(s) address. */
import type { LimitViolation } from "@switchboard/core";
import { checkText } from "./check-text.js";

function protocolOf(value: string): string | undefined {
  try {
    return new URL(value).protocol;
  } catch {
    return undefined;
  }
}

/** Pushes `required` for a blank URL, else `format` unless it is an absolute http or https URL. */
export function checkHttpUrl(violations: LimitViolation[], path: string, value: string): void {
  if (value.trim().length === 0) {
    checkText(violations, path, value, { required: true });
    return;
  }
  const protocol = protocolOf(value);
  if (value === value.trim() && (protocol === "http:" || protocol === "https:")) return;
  violations.push({
    path,
    rule: "format",
    message: `${path}: ${JSON.stringify(value)} is not an absolute http or https URL, which WhatsApp needs`,
  });
}
