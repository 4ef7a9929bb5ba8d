/** Loads the open chat into the view; overlapping requests are merged so at most one runs at a time. */
import { loadChat } from "./api.js";
import type { ChatView } from "./chat-view.js";

export interface OpenChat {
  phoneNumberId: string;
  waId: string;
}

export class ChatSync {
  private running = false;
  /** A refresh asked for while one runs: true when it must be a full reload. */
  private queued: boolean | undefined;

  constructor(
    private readonly view: ChatView,
    private readonly openChat: () => OpenChat | undefined,
  ) {}

  /** `full` reloads every item (statuses may have changed); otherwise only items after the last seq. */
  refresh(full: boolean): void {
    const chat = this.openChat();
    if (chat === undefined) return;
    if (this.running) {
      this.queued = (this.queued ?? false) || full;
      return;
    }
    this.running = true;
    loadChat(chat.phoneNumberId, chat.waId, full ? undefined : this.view.lastSeq)
      .then((items) => {
        const now = this.openChat();
        if (now?.phoneNumberId === chat.phoneNumberId && now.waId === chat.waId) this.view.apply(items);
      })
      .catch(() => undefined) // the next poll tries again
      .finally(() => {
        this.running = false;
        const queued = this.queued;
        this.queued = undefined;
        if (queued !== undefined) this.refresh(queued);
      });
  }
}
