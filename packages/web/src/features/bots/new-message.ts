/** The message kinds the editor has forms for, and switching a message from one kind to another. */
import type { OutboundMessage } from "../../api/types";

export type MessageKind = OutboundMessage["kind"];

/** Kinds with a form; others (contacts, products, flows…) are edited as JSON. */
export const editableMessageKinds: readonly MessageKind[] = [
  "text",
  "media",
  "choices",
  "cta_url",
  "carousel",
  "location_request",
  "location",
  "template",
];

export function isEditableMessageKind(kind: MessageKind): boolean {
  return editableMessageKinds.includes(kind);
}

/** Pure: the main text of a message (text, body or caption), or "" when it has none. */
export function mainText(message: OutboundMessage): string {
  if (message.kind === "text") return message.text;
  if (message.kind === "media") return message.caption ?? "";
  if ("body" in message && typeof message.body === "string") return message.body;
  return "";
}

/** Pure: a message of `kind` carrying over the main text of `from`, so switching kinds loses no words. */
export function convertMessage(from: OutboundMessage, kind: MessageKind): OutboundMessage {
  if (from.kind === kind) return from;
  const text = mainText(from);
  switch (kind) {
    case "text":
      return { kind, text };
    case "media":
      return text === ""
        ? { kind, mediaType: "image", source: { url: "" } }
        : { kind, mediaType: "image", source: { url: "" }, caption: text };
    case "choices":
      return { kind, body: text, style: "auto", sections: [{ options: [{ id: "option", title: "" }] }] };
    case "cta_url":
      return { kind, body: text, buttonText: "", url: "" };
    case "carousel":
      return {
        kind,
        ...(text === "" ? {} : { body: text }),
        cards: [{ title: "", buttons: [{ type: "url", title: "", url: "" }] }],
      };
    case "location_request":
      return { kind, body: text };
    case "location":
      return { kind, latitude: 0, longitude: 0 };
    case "template":
      return { kind, name: "", language: "en_US", body: [] };
    case "contacts":
      return { kind, contacts: [{ formattedName: "" }] };
    case "reaction":
      return { kind, targetMessageId: "", emoji: "" };
    case "product":
      return { kind, catalogId: "", productId: "" };
    case "product_list":
      return { kind, catalogId: "", header: "", body: text, sections: [] };
    case "flow":
      return { kind, body: text, cta: "" };
  }
}
