/** The publish panel's problem list: problems grouped by module in the draft's order, nodes in order. */
import type { Bot, BotProblem } from "../../api/bots-api";
import { placeOfPath } from "./bot-path";

export interface ProblemItem {
  problem: BotProblem;
  /** 1-based, as the editor numbers nodes; null for a problem of the module as a whole. */
  nodeNumber: number | null;
  /** The path inside the node (or module), e.g. `sections[0].options[2].goTo`. */
  field: string;
}

export interface ProblemGroup {
  /** `""` for problems of the bot as a whole. */
  moduleId: string;
  /** Null when the draft has no such module (any more), or for the bot as a whole. */
  moduleName: string | null;
  items: ProblemItem[];
}

/**
 * Pure: bot-wide problems first, then each module's in the order the draft lists modules, then modules the
 * draft no longer has. Inside a group, module-wide problems first, then by node; ties keep their order.
 */
export function groupProblems(problems: readonly BotProblem[], bot: Bot): ProblemGroup[] {
  const order = new Map(bot.modules.map((module, index) => [module.id, index]));
  const rank = (moduleId: string) => (moduleId === "" ? -1 : (order.get(moduleId) ?? bot.modules.length));
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const group = groups.get(problem.moduleId) ?? {
      moduleId: problem.moduleId,
      moduleName: bot.modules.find((module) => module.id === problem.moduleId)?.name ?? null,
      items: [],
    };
    const nodeNumber = problem.nodeIndex === undefined ? null : problem.nodeIndex + 1;
    group.items.push({ problem, nodeNumber, field: placeOfPath(problem.path).field });
    groups.set(problem.moduleId, group);
  }
  const sorted = [...groups.values()].sort((a, b) => rank(a.moduleId) - rank(b.moduleId));
  for (const group of sorted) group.items.sort((a, b) => (a.nodeNumber ?? 0) - (b.nodeNumber ?? 0));
  return sorted;
}

/** Pure: how many problems each module and each node has, for the markers in the lists. */
export function problemCounts(problems: readonly BotProblem[]): {
  byModule: Map<string, number>;
  byNode: Map<string, number>;
} {
  const byModule = new Map<string, number>();
  const byNode = new Map<string, number>();
  for (const problem of problems) {
    byModule.set(problem.moduleId, (byModule.get(problem.moduleId) ?? 0) + 1);
    if (problem.nodeIndex !== undefined) {
      const key = nodeKey(problem.moduleId, problem.nodeIndex);
      byNode.set(key, (byNode.get(key) ?? 0) + 1);
    }
  }
  return { byModule, byNode };
}

/** The key of one node in `problemCounts(...).byNode`. */
export function nodeKey(moduleId: string, nodeIndex: number): string {
  return `${moduleId}#${nodeIndex}`;
}
