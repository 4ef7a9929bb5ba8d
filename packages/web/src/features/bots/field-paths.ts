/**
 * The fields the node editor shows, as paths inside the node. A problem is shown at the deepest of these
 * its path starts with (see `problemsByField`), so these lists must match what the forms render.
 */
import type { BotNode, ConditionRule } from "../../api/bots-api";
import type { OutboundMessage } from "../../api/types";
import { joinPath } from "./bot-path";

type Header = Extract<OutboundMessage, { kind: "choices" }>["header"];

function headerPaths(header: Header): string[] {
  if (header === undefined) return ["header"];
  return header.type === "text"
    ? ["header", "header.type", "header.text"]
    : ["header", "header.type", "header.source"];
}

function sectionPaths(sections: readonly { options: readonly unknown[] }[], optionFields: readonly string[]) {
  return [
    "sections",
    ...sections.flatMap((section, s) => [
      `sections[${s}]`,
      `sections[${s}].title`,
      `sections[${s}].options`,
      ...section.options.flatMap((_, o) => [
        `sections[${s}].options[${o}]`,
        ...optionFields.map((field) => `sections[${s}].options[${o}].${field}`),
      ]),
    ]),
  ];
}

const choiceOptionFields = ["title", "description", "id"];

/** The carousel fields (message or node); a node's reply buttons add go-to and tags. */
function carouselPaths(
  cards: readonly { buttons: readonly unknown[] }[],
  buttonFields: readonly string[] = ["type", "title", "id", "url"],
): string[] {
  return [
    "body",
    "fallback",
    "cards",
    ...cards.flatMap((card, c) => [
      `cards[${c}]`,
      ...["title", "subtitle", "image", "image.url", "url", "buttons"].map((field) => `cards[${c}].${field}`),
      ...card.buttons.flatMap((_, b) => [
        `cards[${c}].buttons[${b}]`,
        ...buttonFields.map((field) => `cards[${c}].buttons[${b}].${field}`),
      ]),
    ]),
  ];
}
const choiceNodeOptionFields = [...choiceOptionFields, "goTo", "addTags", "removeTags"];

function templateParameterPaths(name: "header" | "body", parameters: readonly unknown[] | undefined) {
  return [name, ...(parameters ?? []).map((_, index) => `${name}[${index}]`)];
}

/** Pure: the message form's fields, relative to the message. Kinds edited as JSON show all at the top. */
function messageOwnPaths(message: OutboundMessage): string[] {
  switch (message.kind) {
    case "text":
      return ["text", "previewUrl"];
    case "media":
      return ["mediaType", "source", "caption", "filename"];
    case "location":
      return ["latitude", "longitude", "name", "address"];
    case "choices":
      return [
        ...headerPaths(message.header),
        "body",
        "footer",
        "style",
        "listButton",
        ...sectionPaths(message.sections, choiceOptionFields),
      ];
    case "cta_url":
      return [...headerPaths(message.header), "body", "footer", "buttonText", "url"];
    case "location_request":
      return ["body"];
    case "carousel":
      return carouselPaths(message.cards);
    case "template":
      return [
        "name",
        "language",
        ...templateParameterPaths("header", message.header),
        ...templateParameterPaths("body", message.body),
        "buttons",
      ];
    default:
      return [];
  }
}

/** Pure: the fields of a message edited at `base` inside a node (the base itself and its kind included). */
export function messageFieldPaths(message: OutboundMessage, base: string): string[] {
  return [base, joinPath(base, "kind"), ...messageOwnPaths(message).map((path) => joinPath(base, path))];
}

const rulePaths: Record<ConditionRule["type"], string[]> = {
  attribute: ["type", "attribute", "operator", "value"],
  tag: ["type", "tag", "operator"],
  channel: ["type", "channels"],
  time_of_day: ["type", "timeZone", "from", "to"],
  weekday: ["type", "timeZone", "days"],
};

function retryPaths(retry: OutboundMessage | undefined): string[] {
  return retry === undefined ? ["retryMessage"] : messageFieldPaths(retry, "retryMessage");
}

/** Pure: every field the node's form shows, as paths inside the node; `""` is the node as a whole. */
export function nodeFieldPaths(node: BotNode): string[] {
  const own = ((): string[] => {
    switch (node.kind) {
      case "send":
        return messageFieldPaths(node.message, "message");
      case "ask":
        return [
          ...messageFieldPaths(node.message, "message"),
          "attribute",
          "validation",
          "maxTries",
          "onGiveUp",
          ...retryPaths(node.retryMessage),
        ];
      case "choice":
        return [
          ...headerPaths(node.header),
          "body",
          "footer",
          "style",
          "listButton",
          ...sectionPaths(node.sections, choiceNodeOptionFields),
          "attribute",
          "maxTries",
          "onGiveUp",
          ...retryPaths(node.retryMessage),
        ];
      case "carousel":
        return [
          ...carouselPaths(node.cards, ["type", "title", "id", "url", "goTo", "addTags", "removeTags"]),
          "attribute",
          "maxTries",
          "onGiveUp",
          ...retryPaths(node.retryMessage),
        ];
      case "condition":
        return [
          "match",
          "rules",
          ...node.rules.flatMap((rule, index) => [
            `rules[${index}]`,
            ...rulePaths[rule.type].map((field) => `rules[${index}].${field}`),
          ]),
          "then",
          "else",
        ];
      case "set_tag":
      case "remove_tag":
        return ["tag"];
      case "set_attribute":
        return ["attribute", "value"];
      case "go_to":
        return ["module"];
      case "random_split":
        return [
          "branches",
          ...node.branches.flatMap((_, index) => [
            `branches[${index}]`,
            `branches[${index}].weight`,
            `branches[${index}].module`,
          ]),
        ];
      case "wait":
        return ["durationMs"];
      case "http_request":
        return ["method", "url", "headers", "body", "responseMap", "timeoutMs", "onError"];
      case "route_to_store":
        return ["store", "store.from", "store.storeId", "store.attribute"];
      case "handover":
      case "end":
        return [];
    }
  })();
  return ["", ...own];
}
