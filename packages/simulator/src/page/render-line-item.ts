/**
 * LINE chat items: the channel's message objects (text, sticker, media, location, buttons / confirm /
 * carousel / image carousel templates, Flex bubbles and carousels, quick replies) and the user's events.
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
import { type Child, el } from "./element.js";
import { type Fields, fields, items, text } from "./payload-fields.js";

export function renderLineItem(item: ChannelItem, ctx: ChannelRenderContext): ChannelRendered {
  const payload = fields(item.payload);
  if (item.direction === "in") return { content: [userEvent(payload)], quickReplies: [] };
  const quickReplies = items(fields(payload.quickReply).items).map((entry) => {
    const action = fields(fields(entry).action);
    return quickChip(text(action.label) ?? "?", () => tap(action, ctx));
  });
  return { content: [message(payload, ctx)], quickReplies };
}

function message(payload: Fields, ctx: ChannelRenderContext): HTMLElement {
  switch (text(payload.type)) {
    case "text":
      return plainText(text(payload.text) ?? "");
    case "sticker":
      return note(`🧸 Sticker ${text(payload.packageId) ?? ""}/${text(payload.stickerId) ?? ""}`);
    case "image":
      return image(text(payload.previewImageUrl) ?? text(payload.originalContentUrl), "Image");
    case "video":
    case "audio":
      return el(text(payload.type) === "video" ? "video" : "audio", {
        class: "ch-image",
        src: text(payload.originalContentUrl),
        controls: "",
      });
    case "location":
      return linkButton(
        `📍 ${text(payload.title) ?? ""} · ${text(payload.address) ?? ""}`,
        `https://maps.google.com/?q=${text(payload.latitude) ?? 0},${text(payload.longitude) ?? 0}`,
      );
    case "imagemap":
      return card(
        image(`${text(payload.baseUrl) ?? ""}/1040`, text(payload.altText) ?? "Imagemap"),
        note("Imagemap areas are not tappable here"),
      );
    case "template":
      return template(fields(payload.template), ctx);
    case "flex":
      return flexContainer(fields(payload.contents), ctx);
    default:
      return note(`Message type “${text(payload.type) ?? "?"}”`);
  }
}

function template(value: Fields, ctx: ChannelRenderContext): HTMLElement {
  const actions = (list: unknown) =>
    el("div", { class: "ch-buttons" }, ...items(list).map((a) => actionOf(fields(a), ctx)));
  const framed = (entry: Fields): Child[] => [
    text(entry.thumbnailImageUrl) !== undefined &&
      image(text(entry.thumbnailImageUrl), text(entry.title) ?? ""),
    text(entry.title) !== undefined && el("div", { class: "ch-card__title" }, text(entry.title) ?? ""),
    plainText(text(entry.text) ?? ""),
    // A tap on the column itself performs its defaultAction.
    text(fields(entry.defaultAction).uri) !== undefined &&
      linkButton("↗ Open", text(fields(entry.defaultAction).uri)),
    actions(entry.actions),
  ];
  switch (text(value.type)) {
    case "buttons":
      return card(...framed(value));
    case "confirm":
      return card(
        plainText(text(value.text) ?? ""),
        el(
          "div",
          { class: "ch-buttons ch-buttons--row" },
          ...items(value.actions).map((a) => actionOf(fields(a), ctx)),
        ),
      );
    case "carousel":
      return carousel(items(value.columns).map((column) => card(...framed(fields(column)))));
    case "image_carousel":
      return carousel(
        items(value.columns).map((column) => {
          const c = fields(column);
          return card(image(text(c.imageUrl), "Image"), actionOf(fields(c.action), ctx));
        }),
      );
    default:
      return note(`Template “${text(value.type) ?? "?"}”`);
  }
}

function flexContainer(value: Fields, ctx: ChannelRenderContext): HTMLElement {
  if (text(value.type) === "carousel")
    return carousel(items(value.contents).map((bubble) => flexBubble(fields(bubble), ctx)));
  return flexBubble(value, ctx);
}

function flexBubble(bubble: Fields, ctx: ChannelRenderContext): HTMLElement {
  const part = (name: string) => {
    const value = fields(bubble[name]);
    return text(value.type) === undefined
      ? null
      : el("div", { class: `ch-flex__${name}` }, flexComponent(value, ctx));
  };
  return card(part("header"), part("hero"), part("body"), part("footer"));
}

function flexComponent(component: Fields, ctx: ChannelRenderContext): HTMLElement {
  switch (text(component.type)) {
    case "box": {
      const layout = text(component.layout) === "vertical" ? "ch-flex-box" : "ch-flex-box ch-flex-box--row";
      return el(
        "div",
        { class: layout },
        ...items(component.contents).map((c) => flexComponent(fields(c), ctx)),
      );
    }
    case "text": {
      const spans = items(component.contents)
        .map((span) => text(fields(span).text) ?? "")
        .join("");
      const weight = text(component.weight) === "bold" ? "ch-flex-text is-bold" : "ch-flex-text";
      return el("div", { class: weight }, text(component.text) ?? spans);
    }
    case "button":
      return actionOf(fields(component.action), ctx);
    case "image":
      return image(text(component.url), "Image");
    case "separator":
      return el("hr", { class: "ch-flex-separator" });
    default:
      return el("span", {});
  }
}

/** A LINE action drawn as a button. */
function actionOf(action: Fields, ctx: ChannelRenderContext): HTMLElement {
  const label = text(action.label) ?? text(action.text) ?? "Open";
  if (text(action.type) === "uri") return linkButton(label, text(action.uri));
  return actionButton(label, text(action.type) ?? "action", () => tap(action, ctx));
}

/** What tapping a LINE action does as the user. */
function tap(action: Fields, ctx: ChannelRenderContext): void {
  const type = text(action.type);
  if (type === "message") ctx.act({ type: "text", text: text(action.text) ?? "" });
  else if (type === "postback") {
    const displayText = text(action.displayText) ?? text(action.text);
    ctx.act({
      type: "postback",
      data: text(action.data) ?? "",
      ...(displayText === undefined ? {} : { displayText }),
    });
  } else if (type === "datetimepicker") {
    const mode = text(action.mode) ?? "datetime";
    const now = new Date().toISOString();
    const value = mode === "date" ? now.slice(0, 10) : mode === "time" ? now.slice(11, 16) : now.slice(0, 16);
    ctx.act({ type: "postback", data: text(action.data) ?? "", params: { [mode]: value } });
  } else if (type === "location")
    ctx.act({
      type: "location",
      latitude: 25.033,
      longitude: 121.5654,
      title: "Taipei 101",
      address: "Xinyi District, Taipei",
    });
  else if (type === "uri") window.open(text(action.uri), "_blank", "noopener");
  else ctx.notify(`The “${type ?? "?"}” action is not simulated.`);
}

function userEvent(event: Fields): HTMLElement {
  const type = text(event.type);
  if (type === "follow") return note("You added this account as a friend");
  if (type === "unfollow") return note("You blocked this account");
  if (type === "postback") {
    const postback = fields(event.postback);
    return el("div", {}, note(`Postback ${text(postback.data) ?? ""}`));
  }
  const message = fields(event.message);
  switch (text(message.type)) {
    case "text":
      return plainText(text(message.text) ?? "");
    case "sticker":
      return note(`🧸 Sticker ${text(message.packageId) ?? ""}/${text(message.stickerId) ?? ""}`);
    case "location":
      return note(
        `📍 ${text(message.title) ?? `${text(message.latitude) ?? ""}, ${text(message.longitude) ?? ""}`}`,
      );
    default:
      return note(`Sent a ${text(message.type) ?? "message"}`);
  }
}
