/**
 * The problems of one node, keyed by the field that shows them (paths inside the node), and where a
 * form sits in the node (`base`), so nested forms look up their own fields by relative path.
 */
import type { LimitViolation } from "../../../api/types";
import { joinPath } from "../bot-path";

export interface ProblemScope {
  problems: ReadonlyMap<string, readonly LimitViolation[]>;
  base: string;
}

export const noProblems: ProblemScope = { problems: new Map(), base: "" };

/** The problems shown at `path` (relative to the scope). */
export function problemsAt(scope: ProblemScope, path: string): readonly LimitViolation[] | undefined {
  return scope.problems.get(joinPath(scope.base, path));
}

/** The scope of a form nested at `path`. */
export function within(scope: ProblemScope, path: string): ProblemScope {
  return { problems: scope.problems, base: joinPath(scope.base, path) };
}
