/** One line describing a chat item, for quoted replies and reactions. */
import type { ChatItem } from "./api.js";
import { contactName } from "./render-contacts.js";
import { locationSummary } from "./render-location.js";
import { isMediaKind, mediaSummary } from "./render-media.js";
import { fields, items, text } from "./payload-fields.js";

export function summarizeMessage(item: ChatItem): string {
  const payload = fields(item.payload);
  const type = text(payload.type) ?? item.type;
  const content = fields(payload[type]);
  if (type === "text") return text(content.body) ?? "";
  if (isMediaKind(type)) return mediaSummary(type, content);
  if (type === "location") return locationSummary(content);
  if (type === "contacts") return `👤 ${contactName(fields(items(payload.contacts)[0]))}`;
  if (type === "reaction") return `${text(content.emoji) ?? ""} reaction`;
  if (type === "template") return `📋 ${text(content.name) ?? "Template"}`;
  if (type === "button") return text(content.text) ?? "";
  if (type === "interactive") {
    const reply = fields(content.button_reply ?? content.list_reply);
    return (
      text(reply.title) ??
      text(fields(content.body).text) ??
      text(fields(content.header).text) ??
      `Interactive ${text(content.type) ?? ""}`.trim()
    );
  }
  return type;
}
