/** A customer message's content from the webhook message object the business received. */
import type { ChatItem } from "./api.js";
import { el } from "./element.js";
import { formatText } from "./format-text.js";
import { type Fields, fields, items, text } from "./payload-fields.js";
import { reactionNote } from "./render-business-message.js";
import { renderContacts } from "./render-contacts.js";
import type { RenderContext } from "./render-context.js";
import { renderLocation } from "./render-location.js";
import { isMediaKind, renderMedia } from "./render-media.js";
import type { Rendered } from "./rendered.js";

export function renderCustomerMessage(item: ChatItem, ctx: RenderContext): Rendered {
  const payload = fields(item.payload);
  const type = text(payload.type) ?? item.type;
  const content = fields(payload[type]);
  let node: HTMLElement;
  if (type === "text") node = el("div", { class: "text" }, formatText(text(content.body) ?? ""));
  else if (type === "interactive") node = renderReply(content);
  else if (type === "button")
    node = el("div", { class: "text" }, text(content.text) ?? text(content.payload) ?? "");
  else if (type === "location") node = renderLocation(content);
  else if (isMediaKind(type)) node = renderMedia(type, content, ctx);
  else if (type === "contacts") node = renderContacts(items(payload.contacts));
  else if (type === "reaction") node = reactionNote(text(content.emoji), text(content.message_id), ctx);
  else node = el("div", { class: "muted" }, `Message type “${type}”`);
  return { content: [node], actions: [] };
}

/** A tapped reply button or list row, or a flow's answer. */
function renderReply(interactive: Fields): HTMLElement {
  const kind = text(interactive.type) ?? "";
  const reply = fields(interactive[kind]);
  if (kind === "nfm_reply") return el("div", { class: "text" }, text(reply.body) ?? "Sent");
  const description = text(reply.description);
  return el(
    "div",
    { class: "text" },
    text(reply.title) ?? text(reply.id) ?? "",
    description !== undefined &&
      description !== "" &&
      el("div", { class: "reply-description muted" }, description),
  );
}
