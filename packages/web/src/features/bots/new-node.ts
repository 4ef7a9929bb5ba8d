/** The kinds of node an author can add, and what each starts as. */
import type { Bot, BotNode, BotNodeKind } from "../../api/bots-api";
import { newCard } from "./carousel-cards";
import { newChoiceOption } from "./choice-options";

/** In the order the "add node" menu lists them. */
export const nodeKinds: readonly BotNodeKind[] = [
  "send",
  "ask",
  "choice",
  "carousel",
  "condition",
  "set_tag",
  "remove_tag",
  "set_attribute",
  "go_to",
  "random_split",
  "wait",
  "http_request",
  "handover",
  "route_to_store",
  "end",
];

export function isNodeKind(value: string): value is BotNodeKind {
  return nodeKinds.some((kind) => kind === value);
}

const ONE_HOUR_MS = 3_600_000;

/**
 * Pure: a new node of `kind` for a module of `bot`. Fields the author must fill start empty (the editor
 * names them); module targets start at the first other module so a jump always points somewhere real.
 */
export function newNode(kind: BotNodeKind, bot: Bot, moduleId: string): BotNode {
  const target = bot.modules.find((module) => module.id !== moduleId)?.id ?? moduleId;
  switch (kind) {
    case "send":
      return { kind, message: { kind: "text", text: "" } };
    case "ask":
      return { kind, message: { kind: "text", text: "" }, attribute: "", validation: "text", maxTries: 3 };
    case "choice":
      return { kind, body: "", style: "auto", sections: [{ options: [newChoiceOption([])] }], maxTries: 3 };
    case "carousel":
      return { kind, cards: [newCard([])], maxTries: 3 };
    case "condition":
      return { kind, match: "all", rules: [{ type: "tag", tag: "", operator: "has" }] };
    case "set_tag":
    case "remove_tag":
      return { kind, tag: "" };
    case "set_attribute":
      return { kind, attribute: "", value: "" };
    case "go_to":
      return { kind, module: target };
    case "random_split":
      return {
        kind,
        branches: [
          { weight: 50, module: target },
          { weight: 50, module: target },
        ],
      };
    case "wait":
      return { kind, durationMs: ONE_HOUR_MS };
    case "http_request":
      return { kind, method: "GET", url: "", headers: {}, responseMap: {}, timeoutMs: 10_000 };
    case "handover":
      return { kind };
    case "route_to_store":
      return { kind, store: { from: "choice" } };
    case "end":
      return { kind };
  }
}
