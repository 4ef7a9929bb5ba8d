/**
 * Which problems of the last save or check still point at the right place after later edits. Edits
 * replace only what they change, so a node that is still the very same object has not been touched.
 */
import type { Bot, BotModule, BotProblem } from "../../../api/bots-api";

function moduleOf(bot: Bot, moduleId: string): BotModule | undefined {
  return bot.modules.find((module) => module.id === moduleId);
}

/**
 * Pure: true while the problem's node is untouched (same object at the same index) since `checked`;
 * module-wide problems last while the module exists, bot-wide ones until the next check.
 */
export function stillApplies(problem: BotProblem, checked: Bot, current: Bot): boolean {
  if (checked === current || problem.moduleId === "") return true;
  const now = moduleOf(current, problem.moduleId);
  if (now === undefined) return false;
  if (problem.nodeIndex === undefined) return true;
  const before = moduleOf(checked, problem.moduleId)?.nodes[problem.nodeIndex];
  return before !== undefined && now.nodes[problem.nodeIndex] === before;
}

/** The outcome of the last save (schema problems), check or publish attempt. */
export interface ProblemReport {
  source: "save" | "check" | "publish";
  problems: BotProblem[];
  /** The draft the problems were found in. */
  draft: Bot;
}

/** Pure: the report's problems that still apply to the current draft. */
export function currentProblems(report: ProblemReport | null, current: Bot): BotProblem[] {
  if (report === null) return [];
  return report.problems.filter((problem) => stillApplies(problem, report.draft, current));
}
