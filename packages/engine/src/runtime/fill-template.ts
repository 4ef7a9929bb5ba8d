/** Fills `{{attribute}}` placeholders in message texts and HTTP requests from the contact's attributes. */
import type { OutboundMessage } from "@switchboard/core";
import type { JSONType } from "zod";

/** Replaces each `{{name}}` with the attribute's value; unknown names become empty. */
export function fillTemplate(text: string, attributes: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => attributes[name] ?? "");
}

/** The message with placeholders filled in the texts a customer reads. */
export function fillMessage(
  message: OutboundMessage,
  attributes: Readonly<Record<string, string>>,
): OutboundMessage {
  const fill = (text: string) => fillTemplate(text, attributes);
  switch (message.kind) {
    case "text":
      return { ...message, text: fill(message.text) };
    case "choices":
    case "cta_url":
    case "location_request":
      return { ...message, body: fill(message.body) };
    case "media":
      return message.caption === undefined ? message : { ...message, caption: fill(message.caption) };
    case "carousel":
      return {
        ...message,
        ...(message.body === undefined ? {} : { body: fill(message.body) }),
        cards: message.cards.map((card) => ({
          ...card,
          title: fill(card.title),
          ...(card.subtitle === undefined ? {} : { subtitle: fill(card.subtitle) }),
        })),
      };
    case "template":
      return {
        ...message,
        ...(message.header === undefined
          ? {}
          : { header: message.header.map((p) => fillParameter(p, fill)) }),
        ...(message.body === undefined ? {} : { body: message.body.map((p) => fillParameter(p, fill)) }),
      };
    default:
      return message;
  }
}

/** A JSON value with placeholders filled in every string. */
export function fillJson(value: JSONType, attributes: Readonly<Record<string, string>>): JSONType {
  if (typeof value === "string") return fillTemplate(value, attributes);
  if (Array.isArray(value)) return value.map((item) => fillJson(item, attributes));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillJson(item, attributes)]));
  return value;
}

type TemplateParameter = NonNullable<Extract<OutboundMessage, { kind: "template" }>["body"]>[number];

/** A template's text parameter with its placeholders filled; other parameters as they are. */
function fillParameter(parameter: TemplateParameter, fill: (text: string) => string): TemplateParameter {
  return parameter.type === "text" ? { ...parameter, text: fill(parameter.text) } : parameter;
}
