/** What a node sends the customer, as neutral messages, each with where its fields sit in the node. */
import type { BotNode, ChoiceNode } from "../../api/bots-api";
import { toMessageCards } from "./carousel-cards";
import type { OutboundMessage } from "../../api/types";

type ChoicesMessage = Extract<OutboundMessage, { kind: "choices" }>;

/** Pure: the choices message a choice node sends (its options without go-to and tags; the engine's). */
export function choiceMessageOf(node: ChoiceNode): ChoicesMessage {
  const message: ChoicesMessage = {
    kind: "choices",
    body: node.body,
    style: node.style,
    sections: node.sections.map((section) => ({
      ...(section.title === undefined ? {} : { title: section.title }),
      options: section.options.map((option) => ({
        id: option.id,
        title: option.title,
        ...(option.description === undefined ? {} : { description: option.description }),
      })),
    })),
  };
  if (node.header !== undefined) message.header = node.header;
  if (node.footer !== undefined) message.footer = node.footer;
  if (node.listButton !== undefined) message.listButton = node.listButton;
  if (node.fallback !== undefined) message.fallback = node.fallback;
  return message;
}

/** A message a node may send; `base` is its path in the node (`""`: the choice node's own fields). */
export interface NodeMessage {
  role: "message" | "retry";
  message: OutboundMessage;
  base: string;
}

/** Pure: the messages a node may send, in the order the customer would see them. */
export function nodeMessages(node: BotNode): NodeMessage[] {
  const retry = (message: OutboundMessage | undefined): NodeMessage[] =>
    message === undefined ? [] : [{ role: "retry", message, base: "retryMessage" }];
  switch (node.kind) {
    case "send":
      return [{ role: "message", message: node.message, base: "message" }];
    case "ask":
      return [{ role: "message", message: node.message, base: "message" }, ...retry(node.retryMessage)];
    case "choice":
      return [{ role: "message", message: choiceMessageOf(node), base: "" }, ...retry(node.retryMessage)];
    case "carousel": {
      const carousel: OutboundMessage = {
        kind: "carousel",
        ...(node.body === undefined ? {} : { body: node.body }),
        cards: toMessageCards(node.cards),
        ...(node.fallback === undefined ? {} : { fallback: node.fallback }),
      };
      return [{ role: "message", message: carousel, base: "" }, ...retry(node.retryMessage)];
    }
    default:
      return [];
  }
}
