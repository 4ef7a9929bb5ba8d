/** Interactive business messages (`type: "interactive"`), drawn like WhatsApp and answerable by tapping. */
import { ctaLink } from "./cta-link.js";
import { button, el, type Child } from "./element.js";
import { formatText } from "./format-text.js";
import { openListSheet } from "./list-sheet.js";
import { type Fields, fields, items, text } from "./payload-fields.js";
import { renderCarousel } from "./render-carousel.js";
import type { RenderContext } from "./render-context.js";
import { isMediaKind, renderMedia } from "./render-media.js";
import { renderProduct, renderProductList } from "./render-product.js";
import type { Rendered } from "./rendered.js";

/** `wamid` is the business message's id: every answer quotes it, so older messages stay answerable. */
export function renderInteractive(interactive: Fields, wamid: string, ctx: RenderContext): Rendered {
  const type = text(interactive.type) ?? "unknown";
  const action = fields(interactive.action);
  const parameters = fields(action.parameters);
  const frame = interactiveFrame(interactive, ctx);
  switch (type) {
    case "button":
      return { content: frame, actions: replyButtons(action, wamid, ctx) };
    case "list":
      return {
        content: frame,
        actions: [
          button(
            text(action.button) ?? "Options",
            { class: "action-button action-button--list", "data-testid": "list-open" },
            () => openListSheet(interactive, wamid, ctx),
          ),
        ],
      };
    case "cta_url":
      return { content: frame, actions: [ctaLink(text(parameters.display_text), text(parameters.url))] };
    case "location_request_message":
      return {
        content: frame,
        actions: [
          button(
            "Send location",
            { class: "action-button action-button--location", "data-testid": "location-open" },
            () => ctx.openLocationPicker(wamid),
          ),
        ],
      };
    case "flow":
      return { content: frame, actions: [flowButton(parameters, ctx)] };
    case "catalog_message":
      return {
        content: frame,
        actions: [
          button("View catalog", { class: "action-button", "data-testid": "catalog-open" }, () =>
            ctx.notify("The catalog is not simulated."),
          ),
        ],
      };
    case "product":
      return { content: [...frame, renderProduct(action)], actions: [] };
    case "product_list":
      return { content: [...frame, renderProductList(action)], actions: [] };
    case "carousel":
      return { content: [...frame, renderCarousel(action, ctx)], actions: [] };
    default:
      return {
        content: [...frame, el("p", { class: "muted" }, `Interactive “${type}” is not drawn here.`)],
        actions: [],
      };
  }
}

/** Header (text or media), body and footer, common to every subtype. */
function interactiveFrame(interactive: Fields, ctx: RenderContext): Child[] {
  const header = fields(interactive.header);
  const headerType = text(header.type);
  const body = text(fields(interactive.body).text);
  const footer = text(fields(interactive.footer).text);
  let headerNode: Child = null;
  if (headerType === "text")
    headerNode = el("div", { class: "interactive__header" }, text(header.text) ?? "");
  else if (headerType !== undefined && isMediaKind(headerType))
    headerNode = renderMedia(headerType, { ...fields(header[headerType]), caption: undefined }, ctx);
  return [
    headerNode,
    body !== undefined && el("div", { class: "interactive__body" }, formatText(body)),
    footer !== undefined && el("div", { class: "interactive__footer" }, footer),
  ];
}

function replyButtons(action: Fields, wamid: string, ctx: RenderContext): HTMLElement[] {
  return items(action.buttons)
    .map((entry) => fields(fields(entry).reply))
    .map((reply) => {
      const id = text(reply.id) ?? "";
      const title = text(reply.title) ?? id;
      return button(
        title,
        { class: "action-button", "data-testid": "reply-button", "data-reply-id": id },
        () => ctx.send({ type: "button_reply", id, title, contextId: wamid }),
      );
    });
}

function flowButton(parameters: Fields, ctx: RenderContext): HTMLElement {
  const flow = text(parameters.flow_name) ?? text(parameters.flow_id) ?? "unknown flow";
  return button(
    text(parameters.flow_cta) ?? "Open",
    { class: "action-button action-button--flow", "data-testid": "flow-open" },
    () => ctx.notify(`Flows are not simulated (flow ${flow}).`),
  );
}
