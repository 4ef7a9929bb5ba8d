/**
 * Publish-time checks of a whole bot version: no dangling module reference, no unreachable module, every
 * ask has somewhere to go, and every message compiles on every channel the bot is published on.
 */
import type { OutboundMessage } from "@switchboard/core";
import type { Bot } from "./bot-schema.js";
import { nodeReferences } from "./node-references.js";
import { profileModuleReferences } from "./profile-references.js";
import type { RouteToStoreNode } from "./route-to-store-node-schema.js";

/** One problem, named with its module (and node) and the path from the bot's root. */
export interface BotProblem {
  moduleId: string;
  nodeIndex?: number;
  /** e.g. `modules[1].nodes[0].sections[0].options[2].goTo`. */
  path: string;
  message: string;
}

/** A channel's compiler: every limit the message breaks there, with paths inside the message. */
export type CompileCheck = (message: OutboundMessage, channel: string) => { path: string; message: string }[];

export interface ValidateBotOptions {
  /** Channels the bot is published on; each message is compiled for each. */
  channels: readonly string[];
  compile: CompileCheck;
  /** Modules opened from outside the bot (keyword rules, ref links, the persistent menu): reachable too. */
  entryModules?: readonly string[];
  /** The stores that exist; when given, a route-to-store node's fixed store must be one of them. */
  storeIds?: readonly string[];
}

/** Every problem that should stop this bot version from being published; empty when it may go live. */
export function validateBot(bot: Bot, options: ValidateBotOptions): BotProblem[] {
  const problems: BotProblem[] = [];
  const ids = new Set(bot.modules.map((m) => m.id));
  const edges = new Map<string, string[]>();
  bot.modules.forEach((module, m) => {
    const targets: string[] = [];
    module.nodes.forEach((node, n) => {
      const at = (path: string) => joinPath(`modules[${m}].nodes[${n}]`, path);
      const problem = (path: string, message: string) =>
        problems.push({ moduleId: module.id, nodeIndex: n, path: at(path), message });
      const refs = nodeReferences(node);
      for (const target of refs.targets) {
        targets.push(target.moduleId);
        if (!ids.has(target.moduleId))
          problem(target.path, `goes to module "${target.moduleId}", which does not exist`);
      }
      if (node.kind === "ask") {
        if (node.onGiveUp === undefined)
          problem("onGiveUp", `needs a module to go to after ${node.maxTries} invalid answers`);
        if (n === module.nodes.length - 1)
          problem("", "is the module's last node: a valid answer leads nowhere");
      }
      if (node.kind === "route_to_store") storeProblem(node, options.storeIds, problem);
      for (const { message, path } of refs.messages)
        for (const channel of options.channels)
          for (const violation of options.compile(message, channel))
            problem(joinPath(path, violation.path), `${channel}: ${violation.message}`);
    });
    edges.set(module.id, targets);
  });
  // The channel profile's menu items and ice breakers open modules from outside the bot's flow.
  const profileRefs = profileModuleReferences(bot.profile);
  for (const ref of profileRefs)
    if (!ids.has(ref.moduleId))
      problems.push({
        moduleId: "",
        path: ref.path,
        message: `opens module "${ref.moduleId}", which does not exist`,
      });
  const entries = [...(options.entryModules ?? []), ...profileRefs.map((ref) => ref.moduleId)];
  const reachable = reachableModules(bot, edges, entries);
  bot.modules.forEach((module, m) => {
    if (!reachable.has(module.id))
      problems.push({
        moduleId: module.id,
        path: `modules[${m}]`,
        message: `module "${module.id}" is never reached from the welcome or human agent module`,
      });
  });
  return problems;
}

function storeProblem(
  node: RouteToStoreNode,
  storeIds: readonly string[] | undefined,
  problem: (path: string, message: string) => void,
): void {
  if (node.store.from === "fixed" && storeIds !== undefined && !storeIds.includes(node.store.storeId))
    problem("store.storeId", `routes to store "${node.store.storeId}", which does not exist`);
}

function reachableModules(bot: Bot, edges: Map<string, string[]>, entries: readonly string[]): Set<string> {
  const roots = bot.modules.filter((m) => m.kind !== "standard").map((m) => m.id);
  const seen = new Set<string>();
  const queue = [...roots, ...entries];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(edges.get(id) ?? []));
  }
  return seen;
}

function joinPath(base: string, path: string): string {
  if (path === "") return base;
  if (base === "") return path;
  return path.startsWith("[") ? `${base}${path}` : `${base}.${path}`;
}
