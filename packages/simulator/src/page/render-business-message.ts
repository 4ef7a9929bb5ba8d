/** A business message's content from its Graph API request body. */
import type { ChatItem } from "./api.js";
import { el } from "./element.js";
import { formatText } from "./format-text.js";
import { fields, items, text } from "./payload-fields.js";
import { renderContacts } from "./render-contacts.js";
import type { RenderContext } from "./render-context.js";
import { renderInteractive } from "./render-interactive.js";
import { renderLocation } from "./render-location.js";
import { isMediaKind, renderMedia } from "./render-media.js";
import { renderTemplate } from "./render-template.js";
import type { Rendered } from "./rendered.js";
import { summarizeMessage } from "./summarize-message.js";

export function renderBusinessMessage(item: ChatItem, ctx: RenderContext): Rendered {
  const payload = fields(item.payload);
  const type = text(payload.type) ?? item.type;
  const content = fields(payload[type]);
  if (type === "text") return only(el("div", { class: "text" }, formatText(text(content.body) ?? "")));
  if (isMediaKind(type)) return only(renderMedia(type, content, ctx));
  if (type === "location") return only(renderLocation(content));
  if (type === "contacts") return only(renderContacts(items(payload.contacts)));
  if (type === "interactive") return renderInteractive(content, item.wamid, ctx);
  if (type === "template") return renderTemplate(content, item.rendered, item.wamid, ctx);
  if (type === "reaction") return only(reactionNote(text(content.emoji), text(content.message_id), ctx));
  return only(rawPayload(type, item.payload));
}

/** The reaction also shows as a badge on its target (see ChatView); this bubble says what it was. */
export function reactionNote(
  emoji: string | undefined,
  target: string | undefined,
  ctx: RenderContext,
): HTMLElement {
  const targetItem = target === undefined ? undefined : ctx.find(target);
  const about = targetItem === undefined ? "a message" : `“${summarizeMessage(targetItem)}”`;
  const what = emoji === undefined || emoji === "" ? "Removed a reaction from" : `Reacted ${emoji} to`;
  return el("div", { class: "reaction-note muted" }, `${what} ${about}`);
}

function rawPayload(type: string, payload: unknown): HTMLElement {
  return el(
    "div",
    { class: "raw-payload" },
    el("div", { class: "muted" }, `Message type “${type}”`),
    el("pre", {}, JSON.stringify(payload, null, 2)),
  );
}

function only(element: HTMLElement): Rendered {
  return { content: [element], actions: [] };
}
