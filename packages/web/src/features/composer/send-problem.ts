/** Why a message was not sent, in the form the composer shows it. */
import { ApiError } from "../../api/api-error";
import { errorText } from "../../api/error-text";
import type { LimitViolation } from "../../api/types";
import { normalizePath } from "./violation-path";

export type SendProblem =
  /** 409: outside the 24-hour window; `message` is the server's reason. */
  | { kind: "window_closed"; message: string }
  /** 422 (limits) or 400 (schema): every problem, each with the path of its field. */
  | { kind: "invalid"; source: "limits" | "request"; problems: LimitViolation[] }
  | { kind: "failed"; message: string };

/** Pure: a failed send → what to show. */
export function sendProblemOf(error: unknown): SendProblem {
  if (error instanceof ApiError) {
    if (error.code === "window_closed" || error.status === 409) {
      return { kind: "window_closed", message: error.message };
    }
    if (error.violations.length > 0) {
      return { kind: "invalid", source: "limits", problems: error.violations };
    }
    if (error.issues.length > 0) {
      const problems = error.issues.map((issue) => ({
        path: normalizePath(issue.path),
        rule: "invalid_request",
        message: issue.message,
      }));
      return { kind: "invalid", source: "request", problems };
    }
  }
  return { kind: "failed", message: errorText(error) };
}
