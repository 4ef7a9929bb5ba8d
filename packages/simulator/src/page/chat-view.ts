/** The message list: renders new chat items in order, updates statuses in place, shows reactions as badges. */
import type { ChatItem, ChatItemError } from "./api.js";
import { el } from "./element.js";
import { fields, text } from "./payload-fields.js";
import type { RenderContext } from "./render-context.js";
import { renderError, renderMessage, renderStatus } from "./render-message.js";

interface Entry {
  item: ChatItem;
  element: HTMLElement;
}

/** Within this many pixels of the bottom the list keeps following new messages. */
const STICK_DISTANCE = 120;

export class ChatView {
  private readonly entries = new Map<string, Entry>();
  private highestSeq = 0;

  constructor(
    private readonly list: HTMLElement,
    private readonly ctx: RenderContext,
  ) {}

  /** The greatest seq shown, for `?after=`. */
  get lastSeq(): number {
    return this.highestSeq;
  }

  find(wamid: string): ChatItem | undefined {
    return this.entries.get(wamid)?.item;
  }

  /** Empties the list and shows `note` as a system line (e.g. "Pick a customer"). */
  reset(note: string): void {
    this.entries.clear();
    this.highestSeq = 0;
    this.list.replaceChildren(el("div", { class: "system-note", "data-testid": "chat-note" }, note));
  }

  /** Adds unknown items (in seq order) and refreshes the status of known ones. */
  apply(items: readonly ChatItem[]): void {
    const following = this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < STICK_DISTANCE;
    let customerSent = false;
    let added = false;
    for (const item of [...items].sort((a, b) => a.seq - b.seq)) {
      const known = this.entries.get(item.wamid);
      if (known !== undefined) {
        this.update(known, item);
        continue;
      }
      const element = renderMessage(item, this.ctx);
      this.insert(element, item.seq);
      this.entries.set(item.wamid, { item, element });
      this.highestSeq = Math.max(this.highestSeq, item.seq);
      if (item.type === "reaction" || text(fields(item.payload).type) === "reaction") this.showReaction(item);
      customerSent ||= item.direction === "in";
      added = true;
    }
    if (added && (following || customerSent)) this.list.scrollTop = this.list.scrollHeight;
  }

  /** A status change announced by the event stream. */
  applyStatus(wamid: string, status: string, error: ChatItemError | undefined): void {
    const entry = this.entries.get(wamid);
    if (entry !== undefined) this.update(entry, { ...entry.item, status, error: error ?? entry.item.error });
  }

  private update(entry: Entry, item: ChatItem): void {
    if (entry.item.status !== item.status) {
      entry.element.querySelector('[data-testid="message-status"]')?.replaceWith(renderStatus(item.status));
    }
    if (JSON.stringify(entry.item.error) !== JSON.stringify(item.error)) {
      entry.element.querySelector('[data-testid="message-error"]')?.replaceWith(renderError(item.error));
    }
    entry.item = item;
  }

  private insert(element: HTMLElement, seq: number): void {
    if (seq > this.highestSeq) {
      this.list.append(element);
      return;
    }
    const later = [...this.entries.values()]
      .filter((entry) => entry.item.seq > seq)
      .sort((a, b) => a.item.seq - b.item.seq)[0];
    if (later === undefined) this.list.append(element);
    else later.element.before(element);
  }

  /** WhatsApp shows a reaction as a small emoji under the message it is about; an empty emoji removes it. */
  private showReaction(item: ChatItem): void {
    const reaction = fields(fields(item.payload).reaction);
    const target = this.entries.get(text(reaction.message_id) ?? "");
    if (target === undefined) return;
    const bubble = target.element.querySelector(".bubble");
    const side = item.direction === "out" ? "business" : "customer";
    bubble?.querySelector(`.reaction-badge[data-from="${side}"]`)?.remove();
    const emoji = text(reaction.emoji) ?? "";
    if (emoji === "") return;
    bubble?.append(
      el(
        "span",
        { class: "reaction-badge", "data-testid": "reaction", "data-from": side, title: `Reaction ${emoji}` },
        emoji,
      ),
    );
  }
}
