/** Turns a failed save into problems placed next to the form fields they name (by path). */
import { ApiError } from "../../api/api-error";
import type { LimitViolation } from "../../api/types";
import { normalizePath } from "../composer/violation-path";

/** Where a save failed: every problem with a path, or only a reason for the whole form. */
export interface SaveProblem {
  problems: LimitViolation[];
  /** Set when nothing names a field: the network, the platform or the server refused. */
  reason: string | null;
}

/**
 * Pure: a schema issue of the route (400) names the request part first (`body.keywords.0.value`); drop
 * it. A rule issue (422) is already in the body's own terms, where `body.text` is a template's body.
 */
function issueFieldPath(path: string, status: number): string {
  const [part, ...rest] = path.split(".");
  return status === 400 && part === "body" ? normalizePath(rest.join(".")) : normalizePath(path);
}

/**
 * Pure: a failed call → its problems in the body's own spelling (`keywords[0].value`). Limit
 * violations and rule issues (422), schema issues (400) and a single error `path` all count; `pathOfCode` places
 * errors that name no path but belong to one field (`ref_link_code_taken` → `code`).
 */
export function saveProblemOf(error: unknown, pathOfCode: Record<string, string> = {}): SaveProblem {
  if (!(error instanceof ApiError)) {
    return { problems: [], reason: error instanceof Error ? error.message : String(error) };
  }
  const problems: LimitViolation[] = [
    ...error.violations.map((violation) => ({
      ...violation,
      path: normalizePath(violation.path),
      message: withoutPath(violation.message, violation.path),
    })),
    ...error.issues.map((issue) => ({
      path: issueFieldPath(issue.path, error.status),
      rule: "invalid_request",
      message: issue.message,
    })),
  ];
  const path = error.path ?? pathOfCode[error.code];
  if (problems.length === 0 && path !== undefined) {
    problems.push({ path: normalizePath(path), rule: error.code, message: error.message });
  }
  return { problems, reason: problems.length === 0 ? error.message : null };
}

/** `body.examples.1: required…` → `required…`: the field the problem is shown under names it already. */
function withoutPath(message: string, path: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}

/** Problems by the field that shows them; `general` collects the rest, shown above the save button. */
export type PlacedProblems<K extends string> = Map<K | "general", LimitViolation[]>;

/**
 * Pure: groups problems by `fieldOf(path)`, in arrival order. A path no field claims, or whose field
 * is not on screen, goes to `general`, so every problem stays visible.
 */
export function placeProblems<K extends string>(
  problems: readonly LimitViolation[],
  fieldOf: (path: string) => K | undefined,
  isVisible: (field: K) => boolean = () => true,
): PlacedProblems<K> {
  const placed: PlacedProblems<K> = new Map();
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    const key = field !== undefined && isVisible(field) ? field : "general";
    placed.set(key, [...(placed.get(key) ?? []), problem]);
  }
  return placed;
}
