/** What Messenger, Instagram and LINE renderers share: the tap handler, their output and small builders. */
import type { ChannelAction } from "./channel-api.js";
import { button, type Child, el, externalLink, isSafeUrl } from "./element.js";

export interface ChannelRenderContext {
  /** Acts as the selected person (a tap, a quick reply…). */
  act(action: ChannelAction): void;
  notify(message: string): void;
}

export interface ChannelRendered {
  content: Child[];
  /** Quick replies: shown only while the message is the last one, as the platforms do. */
  quickReplies: HTMLElement[];
}

/** Text with its line breaks, never parsed as HTML. */
export function plainText(value: string): HTMLElement {
  const lines = value.split("\n");
  return el(
    "div",
    { class: "text" },
    ...lines.flatMap((line, index) => (index === 0 ? [line] : [el("br"), line])),
  );
}

/** A tappable button inside a bubble or card (`data-testid="ch-button"`, `data-kind`). */
export function actionButton(label: string, kind: string, onTap: () => void): HTMLElement {
  return button(label, { class: "ch-button", "data-testid": "ch-button", "data-kind": kind }, onTap);
}

/** A URL button: a link opening a new tab, or inert text for unsafe URLs. */
export function linkButton(label: string, url: string | undefined): HTMLElement {
  if (url === undefined || !(isSafeUrl(url) || url.startsWith("tel:"))) {
    return el(
      "span",
      { class: "ch-button is-disabled", "data-testid": "ch-button", "data-kind": "url" },
      label,
    );
  }
  return externalLink(
    url,
    { class: "ch-button", "data-testid": "ch-button", "data-kind": "url", title: url },
    `${label} ↗`,
  );
}

/** A quick reply chip (`data-testid="ch-quick-reply"`). */
export function quickChip(label: string, onTap: () => void): HTMLElement {
  return button(label, { class: "ch-chip", "data-testid": "ch-quick-reply" }, onTap);
}

/** An image from an HTTPS URL, or a placeholder. */
export function image(url: string | undefined, alt: string): HTMLElement {
  if (url === undefined || !isSafeUrl(url)) return el("div", { class: "ch-media-placeholder" }, `🖼 ${alt}`);
  return el("img", { class: "ch-image", src: url, alt, loading: "lazy", referrerpolicy: "no-referrer" });
}

/** A card of a carousel (generic template element, LINE carousel column, Flex bubble). */
export function card(...children: Child[]): HTMLElement {
  return el("div", { class: "ch-card", "data-testid": "ch-card" }, ...children);
}

export function carousel(cards: HTMLElement[]): HTMLElement {
  return el("div", { class: "ch-carousel", "data-testid": "ch-carousel" }, ...cards);
}

export function note(value: string): HTMLElement {
  return el("div", { class: "ch-note muted" }, value);
}
