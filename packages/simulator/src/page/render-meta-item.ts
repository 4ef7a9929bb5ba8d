/**
 * Messenger and Instagram chat items: the page's Send API bodies (text, media, button, generic, media and
 * receipt templates, quick replies) and the person's webhook events (messages, taps, referrals, stories).
 */
import type { ChannelItem } from "./channel-api.js";
import {
  actionButton,
  card,
  carousel,
  type ChannelRenderContext,
  type ChannelRendered,
  image,
  linkButton,
  note,
  plainText,
  quickChip,
} from "./channel-render.js";
import { el } from "./element.js";
import { type Fields, fields, items, text } from "./payload-fields.js";

export function renderMetaItem(item: ChannelItem, ctx: ChannelRenderContext): ChannelRendered {
  const payload = fields(item.payload);
  if (item.direction === "in") return { content: [personEvent(payload)], quickReplies: [] };
  const message = fields(payload.message);
  const quickReplies = items(message.quick_replies).map((reply) => quickReply(fields(reply), ctx));
  const body = text(message.text);
  const privateReply =
    text(fields(payload.recipient).comment_id) === undefined ? null : note("Private reply to your comment");
  if (body !== undefined) return { content: [privateReply, plainText(body)], quickReplies };
  return { content: [privateReply, attachment(fields(message.attachment), ctx)], quickReplies };
}

function attachment(value: Fields, ctx: ChannelRenderContext): HTMLElement {
  const type = text(value.type) ?? "";
  const payload = fields(value.payload);
  const url = text(payload.url);
  if (type === "image") return image(url, "Image");
  if (type === "video" || type === "audio") {
    return url === undefined
      ? note(`${type} attachment ${text(payload.attachment_id) ?? ""}`)
      : el(type, { class: "ch-image", src: url, controls: "" });
  }
  if (type === "file") return linkButton("📄 File", url);
  if (type !== "template") return note(`Attachment “${type}”`);
  const kind = text(payload.template_type);
  if (kind === "button") {
    return el(
      "div",
      { class: "ch-template", "data-template": "button" },
      plainText(text(payload.text) ?? ""),
      buttons(payload.buttons, ctx),
    );
  }
  if (kind === "generic") {
    return carousel(
      items(payload.elements).map((entry) => {
        const element = fields(entry);
        return card(
          text(element.image_url) !== undefined && image(text(element.image_url), text(element.title) ?? ""),
          el("div", { class: "ch-card__title" }, text(element.title) ?? ""),
          text(element.subtitle) !== undefined &&
            el("div", { class: "ch-card__subtitle" }, text(element.subtitle) ?? ""),
          // A tap on the card itself opens its default_action.
          text(fields(element.default_action).url) !== undefined &&
            linkButton("↗ Open", text(fields(element.default_action).url)),
          buttons(element.buttons, ctx),
        );
      }),
    );
  }
  if (kind === "media") {
    const element = fields(items(payload.elements)[0]);
    return card(image(text(element.url), text(element.media_type) ?? "media"), buttons(element.buttons, ctx));
  }
  if (kind === "receipt") {
    const total = text(fields(payload.summary).total_cost) ?? "?";
    return card(
      el("div", { class: "ch-card__title" }, `Receipt ${text(payload.order_number) ?? ""}`),
      note(`Total ${total} ${text(payload.currency) ?? ""}`),
    );
  }
  return note(`Template “${kind ?? "?"}”`);
}

function buttons(value: unknown, ctx: ChannelRenderContext): HTMLElement {
  return el(
    "div",
    { class: "ch-buttons" },
    ...items(value).map((entry) => {
      const b = fields(entry);
      const title = text(b.title) ?? "Button";
      const type = text(b.type);
      if (type === "postback")
        return actionButton(title, "postback", () =>
          ctx.act({ type: "postback", title, payload: text(b.payload) ?? "" }),
        );
      if (type === "web_url") return linkButton(title, text(b.url));
      if (type === "phone_number") return linkButton(title, `tel:${text(b.payload) ?? ""}`);
      return actionButton(title, type ?? "button", () =>
        ctx.notify(`“${type ?? "?"}” buttons are not simulated.`),
      );
    }),
  );
}

function quickReply(reply: Fields, ctx: ChannelRenderContext): HTMLElement {
  const kind = text(reply.content_type);
  if (kind === "user_email")
    return quickChip("✉ customer@example.com", () =>
      ctx.act({ type: "quick_reply", title: "customer@example.com", payload: "customer@example.com" }),
    );
  if (kind === "user_phone_number")
    return quickChip("📞 +15550001111", () =>
      ctx.act({ type: "quick_reply", title: "+15550001111", payload: "+15550001111" }),
    );
  const title = text(reply.title) ?? "";
  return quickChip(title, () => ctx.act({ type: "quick_reply", title, payload: text(reply.payload) ?? "" }));
}

function personEvent(event: Fields): HTMLElement {
  const message = fields(event.message);
  const postback = fields(event.postback);
  const referral = fields(event.referral);
  if (text(postback.title) !== undefined) {
    const ref = text(fields(postback.referral).ref);
    return el(
      "div",
      {},
      plainText(text(postback.title) ?? ""),
      ref !== undefined && note(`via link ref=${ref}`),
    );
  }
  if (text(referral.ref) !== undefined)
    return note(`Opened the chat from a link (ref=${text(referral.ref) ?? ""})`);
  const mention = items(message.attachments).some((a) => fields(a).type === "story_mention");
  if (mention) return note("Mentioned you in their story");
  const story = fields(fields(message.reply_to).story);
  return el(
    "div",
    {},
    text(story.id) !== undefined && note("Replied to your story"),
    plainText(text(message.text) ?? ""),
  );
}
