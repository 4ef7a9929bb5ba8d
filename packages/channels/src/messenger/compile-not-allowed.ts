/** The violations for neutral fields and kinds a Send API platform has no place for. */
import type { LimitViolation } from "@switchboard/core";

/** Pushes `not_allowed` on `path`: `why` says what the platform lacks and what to do instead. */
export function notAllowed(violations: LimitViolation[], path: string, why: string): void {
  violations.push({ path, rule: "not_allowed", message: `${path}: ${why}` });
}

/** Pushes `unsupported_kind` on `kind`: the platform cannot send this kind of message at all. */
export function unsupportedKind(violations: LimitViolation[], kind: string, why: string): void {
  violations.push({
    path: "kind",
    rule: "unsupported_kind",
    message: `kind: ${JSON.stringify(kind)} ${why}`,
  });
}
