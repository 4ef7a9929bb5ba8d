/** Lists what one node points at (modules) and what it may send (messages), each with its path in the node. */
import type { OutboundMessage } from "@switchboard/core";
import { carouselNodeMessage } from "./carousel-node-schema.js";
import { choiceNodeMessage } from "./choice-node-message.js";
import type { BotNode } from "./node-schema.js";

export interface NodeReferences {
  /** Module ids this node may continue with. */
  targets: { moduleId: string; path: string }[];
  /** Messages this node may send, as the customer receives them. */
  messages: { message: OutboundMessage; path: string }[];
}

/** The module targets and messages of one node. A choice's message paths match the node's own fields. */
export function nodeReferences(node: BotNode): NodeReferences {
  const targets: NodeReferences["targets"] = [];
  const messages: NodeReferences["messages"] = [];
  const target = (moduleId: string | undefined, path: string) => {
    if (moduleId !== undefined) targets.push({ moduleId, path });
  };
  switch (node.kind) {
    case "send":
      messages.push({ message: node.message, path: "message" });
      break;
    case "ask":
      messages.push({ message: node.message, path: "message" });
      if (node.retryMessage !== undefined)
        messages.push({ message: node.retryMessage, path: "retryMessage" });
      target(node.onGiveUp, "onGiveUp");
      break;
    case "choice":
      messages.push({ message: choiceNodeMessage(node), path: "" });
      if (node.retryMessage !== undefined)
        messages.push({ message: node.retryMessage, path: "retryMessage" });
      node.sections.forEach((section, s) =>
        section.options.forEach((option, o) => target(option.goTo, `sections[${s}].options[${o}].goTo`)),
      );
      target(node.onGiveUp, "onGiveUp");
      break;
    case "carousel":
      messages.push({ message: carouselNodeMessage(node), path: "" });
      if (node.retryMessage !== undefined)
        messages.push({ message: node.retryMessage, path: "retryMessage" });
      node.cards.forEach((card, c) =>
        card.buttons.forEach((button, b) => {
          if (button.type === "reply") target(button.goTo, `cards[${c}].buttons[${b}].goTo`);
        }),
      );
      target(node.onGiveUp, "onGiveUp");
      break;
    case "condition":
      target(node.then, "then");
      target(node.else, "else");
      break;
    case "go_to":
      target(node.module, "module");
      break;
    case "random_split":
      node.branches.forEach((branch, b) => target(branch.module, `branches[${b}].module`));
      break;
    case "http_request":
      target(node.onError, "onError");
      break;
    default:
      break;
  }
  return { targets, messages };
}
