/** Moves a violation the message check names inside one message to its place in the node. */
import type { LimitViolation } from "../../../api/types";
import { joinPath } from "../bot-path";

/** Pure: a violation inside a message placed at `base` in the node (`body` → `message.body`). */
export function violationInNode(violation: LimitViolation, base: string): LimitViolation {
  const prefix = `${violation.path}: `;
  const message = violation.message.startsWith(prefix)
    ? violation.message.slice(prefix.length)
    : violation.message;
  return { ...violation, path: joinPath(base, violation.path), message };
}
