/** The Messenger / Instagram / LINE message list: items in order, statuses in place, quick replies of the last message. */
import type { ChannelItem } from "./channel-api.js";
import type { ChannelRendered } from "./channel-render.js";
import { el } from "./element.js";
import { toDate } from "./render-message.js";

const STATUS_MARKS: Readonly<Record<string, string>> = {
  accepted: "○",
  delivered: "✓",
  read: "✓✓",
  failed: "⚠",
  pending: "○",
};

export class ChannelView {
  private readonly entries = new Map<string, { item: ChannelItem; element: HTMLElement }>();
  private highestSeq = 0;
  private lastItem: ChannelItem | undefined;

  constructor(
    private readonly list: HTMLElement,
    private readonly quickBar: HTMLElement,
    private readonly render: (item: ChannelItem) => ChannelRendered,
  ) {}

  get lastSeq(): number {
    return this.highestSeq;
  }

  get isEmpty(): boolean {
    return this.entries.size === 0;
  }

  reset(note: string): void {
    this.entries.clear();
    this.highestSeq = 0;
    this.lastItem = undefined;
    this.quickBar.replaceChildren();
    this.list.replaceChildren(el("div", { class: "system-note", "data-testid": "ch-chat-note" }, note));
  }

  apply(items: readonly ChannelItem[]): void {
    let added = false;
    for (const item of [...items].sort((a, b) => a.seq - b.seq)) {
      const known = this.entries.get(item.id);
      if (known !== undefined) {
        if (known.item.status !== item.status) {
          known.element.querySelector('[data-testid="ch-status"]')?.replaceWith(status(item));
          known.item = item;
        }
        continue;
      }
      const element = this.renderItem(item);
      this.list.append(element);
      this.entries.set(item.id, { item, element });
      this.highestSeq = Math.max(this.highestSeq, item.seq);
      if (this.lastItem === undefined || item.seq > this.lastItem.seq) this.lastItem = item;
      added = true;
    }
    if (!added) return;
    this.list.scrollTop = this.list.scrollHeight;
    const last = this.lastItem;
    this.quickBar.replaceChildren(
      ...(last !== undefined && last.direction === "out" ? this.render(last).quickReplies : []),
    );
  }

  private renderItem(item: ChannelItem): HTMLElement {
    const rendered = this.render(item);
    const at = toDate(item.at);
    return el(
      "article",
      {
        class: `message ${item.direction === "out" ? "message--business" : "message--customer"}`,
        "data-testid": "ch-message",
        "data-direction": item.direction,
        "data-id": item.id,
        "data-seq": String(item.seq),
        "data-type": item.type,
      },
      el(
        "div",
        { class: "bubble" },
        el("div", { class: "bubble__content" }, ...rendered.content),
        item.error !== undefined &&
          el("div", { class: "bubble__error", "data-testid": "ch-error" }, `Not delivered: ${item.error}`),
        el(
          "div",
          { class: "bubble__meta" },
          el(
            "time",
            { datetime: at.toISOString() },
            at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }),
          ),
          status(item),
        ),
      ),
    );
  }
}

function status(item: ChannelItem): HTMLElement {
  return el(
    "span",
    {
      class: `status status--${item.status}`,
      "data-testid": "ch-status",
      "data-status": item.status,
      title: item.status,
    },
    STATUS_MARKS[item.status] ?? item.status,
  );
}
