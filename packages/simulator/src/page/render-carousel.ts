/** A media carousel: cards side by side, each with a header medium, a body and a URL button. */
import { ctaLink } from "./cta-link.js";
import { el } from "./element.js";
import { formatText } from "./format-text.js";
import { type Fields, fields, items, text } from "./payload-fields.js";
import type { RenderContext } from "./render-context.js";
import { isMediaKind, renderMedia } from "./render-media.js";

export function renderCarousel(action: Fields, ctx: RenderContext): HTMLElement {
  return el(
    "div",
    { class: "carousel", "data-testid": "carousel" },
    ...items(action.cards).map((card) => renderCard(fields(card), ctx)),
  );
}

function renderCard(card: Fields, ctx: RenderContext): HTMLElement {
  const header = fields(card.header);
  const headerType = text(header.type);
  const body = text(fields(card.body).text);
  const parameters = fields(fields(card.action).parameters);
  return el(
    "div",
    { class: "carousel__card" },
    headerType !== undefined &&
      isMediaKind(headerType) &&
      renderMedia(headerType, fields(header[headerType]), ctx),
    body !== undefined && el("div", { class: "carousel__body" }, formatText(body)),
    ctaLink(text(parameters.display_text), text(parameters.url)),
  );
}
