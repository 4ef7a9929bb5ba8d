/** Pure: one message of the thread as nodes — every kind the web chat compiler writes has a form here. */
import type { Labels } from "./labels.js";
import { compact, h, safeUrl } from "./vnode.js";
import type { Child, VNode } from "./vnode.js";
import type { ChoicesMessage, WebchatMessage, WidgetItem } from "./widget-types.js";

export interface RenderContext {
  labels: Labels;
  /** The visitor tapped an option, a reply button or a card's reply button. */
  choose(option: { id: string; title: string }, via: "button" | "list"): void;
  /** Opens the options of a list in a sheet. */
  openList(message: ChoicesMessage): void;
  shareLocation(): void;
}

type Header = { type: string; value: string } | undefined;

function link(url: string, text: string, testId?: string): VNode | string {
  const href = safeUrl(url);
  if (href === undefined) return text;
  return h(
    "a",
    { href, target: "_blank", rel: "noopener noreferrer", class: "link", "data-testid": testId },
    text,
  );
}

function header(value: Header): VNode | undefined {
  if (value === undefined) return undefined;
  if (value.type === "text") return h("p", { class: "header" }, value.value);
  const src = safeUrl(value.value);
  if (src === undefined) return undefined;
  return value.type === "image"
    ? h("img", { class: "media", src, alt: "" })
    : h("p", { class: "header" }, link(src, value.value));
}

const text = (value: string | undefined, className = "text"): VNode | undefined =>
  value === undefined || value === "" ? undefined : h("p", { class: className }, value);

function media(message: Extract<WebchatMessage, { type: "media" }>): Child[] {
  const src = safeUrl(message.url);
  if (src === undefined) return [];
  const file =
    message.mediaType === "image" || message.mediaType === "sticker"
      ? h("img", { class: "media", src, alt: message.caption ?? "" })
      : message.mediaType === "video"
        ? h("video", { class: "media", src, controls: "" })
        : message.mediaType === "audio"
          ? h("audio", { src, controls: "" })
          : link(src, message.filename ?? message.url);
  return compact(file, text(message.caption));
}

function choices(message: ChoicesMessage, context: RenderContext): Child[] {
  const options = message.sections.flatMap((section) => section.options);
  const action =
    message.style === "buttons"
      ? h(
          "div",
          { class: "options" },
          ...options.map((option) =>
            h(
              "button",
              {
                type: "button",
                class: "option",
                "data-testid": "wc-option",
                onclick: () => context.choose(option, "button"),
              },
              option.title,
            ),
          ),
        )
      : h(
          "button",
          {
            type: "button",
            class: "option",
            "data-testid": "wc-list-open",
            onclick: () => context.openList(message),
          },
          message.listButton ?? context.labels.chooseOption,
        );
  return compact(header(message.header), text(message.body), text(message.footer, "footer"), action);
}

function carousel(message: Extract<WebchatMessage, { type: "carousel" }>, context: RenderContext): Child[] {
  const cards = message.cards.map((card) =>
    h(
      "div",
      { class: "card", "data-testid": "wc-card" },
      card.imageUrl === undefined ? undefined : header({ type: "image", value: card.imageUrl }),
      h("p", { class: "card-title" }, card.url === undefined ? card.title : link(card.url, card.title)),
      text(card.subtitle, "footer"),
      ...card.buttons.map((button) =>
        button.type === "url"
          ? link(button.url, button.title)
          : h(
              "button",
              {
                type: "button",
                class: "option",
                "data-testid": "wc-option",
                onclick: () => context.choose(button, "button"),
              },
              button.title,
            ),
      ),
    ),
  );
  return compact(text(message.body), h("div", { class: "cards" }, ...cards));
}

function content(message: WebchatMessage, context: RenderContext): Child[] {
  switch (message.type) {
    case "text":
      return [h("p", { class: "text" }, message.text)];
    case "media":
      return media(message);
    case "location":
      return compact(
        text(message.name ?? message.address ?? `${message.latitude}, ${message.longitude}`),
        link(message.mapUrl, context.labels.openMap),
      );
    case "contacts":
      return message.contacts.map((card) =>
        h("p", { class: "text" }, [card.name, ...card.phones, ...card.emails].join("\n")),
      );
    case "reaction":
      return [h("span", { class: "reaction" }, message.emoji)];
    case "choices":
      return choices(message, context);
    case "cta":
      return compact(
        header(message.header),
        text(message.body),
        text(message.footer, "footer"),
        link(message.url, message.buttonText, "wc-cta"),
      );
    case "carousel":
      return carousel(message, context);
    case "location_request":
      return compact(
        text(message.body),
        h(
          "a",
          {
            href: "#",
            role: "button",
            class: "link",
            "data-testid": "wc-share-location",
            onclick: (event) => {
              event.preventDefault();
              context.shareLocation();
            },
          },
          context.labels.shareLocation,
        ),
      );
    case "product":
      return compact(
        text(message.header, "header"),
        text(message.body),
        h("p", { class: "footer" }, message.productIds.join(", ")),
        text(message.footer, "footer"),
      );
    case "card":
      return compact(
        text(message.header, "header"),
        text(message.body),
        text(message.footer, "footer"),
        message.label === undefined ? undefined : h("span", { class: "chip" }, message.label),
      );
    default:
      return [];
  }
}

/** One item of the thread: a bubble on the visitor's side or the business's. */
export function renderItem(item: WidgetItem, context: RenderContext): VNode {
  return h(
    "div",
    {
      class: `message message--${item.direction}`,
      "data-testid": "wc-message",
      "data-direction": item.direction,
      "data-type": item.message.type,
      "data-id": item.id,
    },
    ...content(item.message, context),
  );
}
