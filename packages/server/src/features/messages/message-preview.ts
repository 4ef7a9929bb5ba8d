/** A one-line summary of a message for conversation lists. */
import type { InboundContent, OutboundMessage } from "@switchboard/core";

const MAX = 120;

export function previewOfInbound(content: InboundContent): string {
  switch (content.kind) {
    case "text":
      return clip(content.text);
    case "media":
      return clip(content.caption ?? `[${content.mediaType}]`);
    case "location":
      return clip(`📍 ${content.name ?? `${content.latitude}, ${content.longitude}`}`);
    case "choice_reply":
      return clip(content.title);
    case "template_button":
      return clip(content.text);
    case "reaction":
      return content.emoji === "" ? "[reaction removed]" : content.emoji;
    case "order":
      return `[order: ${content.items.length} items]`;
    case "contacts":
      return `[contact: ${content.contacts[0]?.formattedName ?? ""}]`;
    case "flow_reply":
      return "[form submitted]";
    case "system":
      return clip(content.body);
    case "welcome_request":
      return "[opened the chat]";
    case "unsupported":
      return `[unsupported: ${content.rawType}]`;
  }
}

export function previewOfOutbound(message: OutboundMessage): string {
  switch (message.kind) {
    case "text":
      return clip(message.text);
    case "media":
      return clip(message.caption ?? `[${message.mediaType}]`);
    case "choices":
    case "cta_url":
    case "location_request":
    case "product_list":
    case "flow":
      return clip(message.body);
    case "product":
      return clip(message.body ?? `[product ${message.productId}]`);
    case "template":
      return `[template ${message.name}]`;
    case "location":
      return clip(`📍 ${message.name ?? `${message.latitude}, ${message.longitude}`}`);
    case "contacts":
      return `[contact: ${message.contacts[0]?.formattedName ?? ""}]`;
    case "reaction":
      return message.emoji;
    case "carousel":
      return clip(
        message.body ?? `[${message.cards.length} cards: ${message.cards.map((c) => c.title).join(", ")}]`,
      );
  }
}

function clip(text: string): string {
  const points = [...text.replace(/\s+/g, " ").trim()];
  return points.length <= MAX ? points.join("") : `${points.slice(0, MAX - 1).join("")}…`;
}
