/** Which modules a node continues with, and which nodes of a draft go to a given module. */
import type { Bot, BotNode } from "../../api/bots-api";

/** A module id a node names, with the path of the field inside the node. */
export interface NodeTarget {
  moduleId: string;
  path: string;
}

/** Pure: every module a node may continue with (the engine's `nodeReferences`, targets only). */
export function nodeTargets(node: BotNode): NodeTarget[] {
  const targets: NodeTarget[] = [];
  const add = (moduleId: string | undefined, path: string) => {
    if (moduleId !== undefined) targets.push({ moduleId, path });
  };
  switch (node.kind) {
    case "ask":
      add(node.onGiveUp, "onGiveUp");
      break;
    case "choice":
      node.sections.forEach((section, s) =>
        section.options.forEach((option, o) => add(option.goTo, `sections[${s}].options[${o}].goTo`)),
      );
      add(node.onGiveUp, "onGiveUp");
      break;
    case "carousel":
      node.cards.forEach((card, c) =>
        card.buttons.forEach((button, b) => {
          if (button.type === "reply") add(button.goTo, `cards[${c}].buttons[${b}].goTo`);
        }),
      );
      add(node.onGiveUp, "onGiveUp");
      break;
    case "condition":
      add(node.then, "then");
      add(node.else, "else");
      break;
    case "go_to":
      add(node.module, "module");
      break;
    case "random_split":
      node.branches.forEach((branch, b) => add(branch.module, `branches[${b}].module`));
      break;
    case "http_request":
      add(node.onError, "onError");
      break;
    default:
      break;
  }
  return targets;
}

/** A node that goes to some module. */
export interface ModuleReference {
  /** The module holding the node. */
  moduleId: string;
  nodeIndex: number;
  path: string;
}

/** Pure: every node of the draft that goes to `moduleId` (those of that module itself included). */
export function referencesTo(bot: Bot, moduleId: string): ModuleReference[] {
  return bot.modules.flatMap((module) =>
    module.nodes.flatMap((node, nodeIndex) =>
      nodeTargets(node)
        .filter((target) => target.moduleId === moduleId)
        .map((target) => ({ moduleId: module.id, nodeIndex, path: target.path })),
    ),
  );
}
