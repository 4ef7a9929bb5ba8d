/** One chat bubble: business messages on the left, the customer's on the right, WhatsApp style. */
import type { ChatItem, ChatItemError } from "./api.js";
import { button, el } from "./element.js";
import { fields, text } from "./payload-fields.js";
import { renderBusinessMessage } from "./render-business-message.js";
import type { RenderContext } from "./render-context.js";
import { renderCustomerMessage } from "./render-customer-message.js";
import { summarizeMessage } from "./summarize-message.js";

const STATUS_MARKS: Readonly<Record<string, string>> = {
  accepted: "🕓",
  held_for_quality_assessment: "🕓",
  sent: "✓",
  delivered: "✓✓",
  read: "✓✓",
  played: "✓✓",
  failed: "⚠",
};

/** `<article data-testid="message" data-direction data-wamid>` with the bubble and any buttons under it. */
export function renderMessage(item: ChatItem, ctx: RenderContext): HTMLElement {
  const rendered =
    item.direction === "out" ? renderBusinessMessage(item, ctx) : renderCustomerMessage(item, ctx);
  const bubble = el(
    "div",
    { class: "bubble" },
    renderQuote(item, ctx),
    el("div", { class: "bubble__content" }, ...rendered.content),
    renderError(item.error),
    el("div", { class: "bubble__meta" }, renderTime(item.at), renderStatus(item.status)),
  );
  return el(
    "article",
    {
      class: `message message--${item.direction === "out" ? "business" : "customer"}`,
      "data-testid": "message",
      "data-direction": item.direction,
      "data-wamid": item.wamid,
      "data-seq": String(item.seq),
      "data-type": item.type,
    },
    el("div", { class: "message__row" }, bubble, reactButton(item, ctx)),
    rendered.actions.length > 0 && el("div", { class: "bubble-actions" }, ...rendered.actions),
  );
}

/** Customers can react to business messages (not to reactions). */
function reactButton(item: ChatItem, ctx: RenderContext): HTMLElement | null {
  if (item.direction !== "out" || item.type === "reaction") return null;
  return button(
    "☺",
    { class: "react-button", "data-testid": "react-open", "aria-label": "React", title: "React" },
    () => ctx.openReactionPicker(item.wamid),
  );
}

/** The delivery status of a business message (WhatsApp's ticks); an empty span when there is none. */
export function renderStatus(status: string | undefined): HTMLElement {
  if (status === undefined || status === "")
    return el("span", { class: "status", "data-testid": "message-status" });
  return el(
    "span",
    {
      class: `status status--${status}`,
      "data-testid": "message-status",
      "data-status": status,
      title: status,
      "aria-label": `Status: ${status}`,
    },
    STATUS_MARKS[status] ?? status,
  );
}

/** Why a message failed (Meta's error code and title); an empty placeholder otherwise. */
export function renderError(error: ChatItemError | undefined): HTMLElement {
  if (error === undefined)
    return el("div", { class: "bubble__error", "data-testid": "message-error", hidden: "" });
  const code = error.code === undefined ? "" : `${error.code} `;
  return el(
    "div",
    { class: "bubble__error", "data-testid": "message-error", title: error.details },
    `Not delivered: ${code}${error.title}`,
  );
}

/** Epoch seconds, epoch milliseconds or an ISO string → a Date. */
export function toDate(at: string | number): Date {
  const numeric = typeof at === "number" ? at : /^\d+(\.\d+)?$/.test(at) ? Number(at) : undefined;
  if (numeric === undefined) return new Date(at);
  return new Date(numeric < 1e12 ? numeric * 1000 : numeric);
}

function renderTime(at: string | number): HTMLElement {
  const date = toDate(at);
  if (Number.isNaN(date.getTime())) return el("time", {}, "");
  return el(
    "time",
    { datetime: date.toISOString(), title: date.toLocaleString() },
    date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }),
  );
}

/** The quoted message of a contextual reply; clicking it scrolls to the original. */
function renderQuote(item: ChatItem, ctx: RenderContext): HTMLElement | null {
  const context = fields(fields(item.payload).context);
  const quoted = item.direction === "out" ? text(context.message_id) : text(context.id);
  if (quoted === undefined) return null;
  const original = ctx.find(quoted);
  const author = original === undefined ? "" : original.direction === "in" ? "You" : "Business";
  const quote = el(
    "button",
    { type: "button", class: "quote", "data-testid": "quote", "data-quoted-wamid": quoted },
    el("span", { class: "quote__author" }, author),
    el(
      "span",
      { class: "quote__text" },
      original === undefined ? "Earlier message" : summarizeMessage(original),
    ),
  );
  quote.addEventListener("click", () => {
    const target = document.querySelector<HTMLElement>(
      `[data-testid="message"][data-wamid="${CSS.escape(quoted)}"]`,
    );
    if (target === null) return;
    target.scrollIntoView({ behavior: "smooth", block: "center" });
    target.classList.remove("is-flashing");
    void target.offsetWidth; // restart the animation
    target.classList.add("is-flashing");
  });
  return quote;
}
