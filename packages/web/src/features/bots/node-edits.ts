/** Pure edits of one module's nodes; every other module, and the order of the others, stays as it was. */
import type { Bot, BotModule, BotNode } from "../../api/bots-api";

function withNodes(bot: Bot, moduleId: string, change: (nodes: BotNode[]) => BotNode[]): Bot {
  return {
    ...bot,
    modules: bot.modules.map((module): BotModule =>
      module.id === moduleId ? { ...module, nodes: change(module.nodes) } : module,
    ),
  };
}

/** Pure: the draft with `node` at `index` of the module (at the end when index is absent or too big). */
export function addNode(bot: Bot, moduleId: string, node: BotNode, index?: number): Bot {
  return withNodes(bot, moduleId, (nodes) => {
    const at = index === undefined ? nodes.length : Math.max(0, Math.min(index, nodes.length));
    return [...nodes.slice(0, at), node, ...nodes.slice(at)];
  });
}

/** Pure: the node at `index` replaced. */
export function replaceNode(bot: Bot, moduleId: string, index: number, node: BotNode): Bot {
  return withNodes(bot, moduleId, (nodes) => nodes.map((current, at) => (at === index ? node : current)));
}

/** Pure: the node at `index` removed. */
export function deleteNode(bot: Bot, moduleId: string, index: number): Bot {
  return withNodes(bot, moduleId, (nodes) => nodes.filter((_, at) => at !== index));
}

/** Pure: the node moved from `from` to `to`; out-of-range moves leave the draft unchanged. */
export function moveNode(bot: Bot, moduleId: string, from: number, to: number): Bot {
  const module = bot.modules.find((candidate) => candidate.id === moduleId);
  if (!module || from === to) return bot;
  if (from < 0 || to < 0 || from >= module.nodes.length || to >= module.nodes.length) return bot;
  return withNodes(bot, moduleId, (nodes) => {
    const moved = nodes[from];
    if (moved === undefined) return nodes;
    const rest = nodes.filter((_, at) => at !== from);
    return [...rest.slice(0, to), moved, ...rest.slice(to)];
  });
}
