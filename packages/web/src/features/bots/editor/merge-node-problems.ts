/** The problems shown in an open node: the live limit check's and the last save's or check's, once each. */
import type { BotProblem } from "../../../api/bots-api";
import type { LimitViolation } from "../../../api/types";
import { placeOfPath } from "../bot-path";

/** Pure: live violations first; a server problem at a path the live check also names is left out. */
export function mergeNodeProblems(
  live: readonly LimitViolation[],
  server: readonly BotProblem[],
): LimitViolation[] {
  const livePaths = new Set(live.map((violation) => violation.path));
  const fromServer = server
    .map((problem) => ({ path: placeOfPath(problem.path).field, rule: "invalid", message: problem.message }))
    .filter((problem) => !livePaths.has(problem.path));
  return [...live, ...fromServer];
}
