/** Fan-out of what happens in the simulator to live listeners (the phone page's event stream). */
import type { ChannelChatItem, ChannelKind } from "./channel-chat-item.js";
import type { ChatItem, ChatItemStatus } from "./chat-store.js";

export type SimulatorEvent =
  | { type: "chat.item"; phoneNumberId: string; waId: string; item: ChatItem }
  | {
      type: "chat.status";
      phoneNumberId: string;
      waId: string;
      wamid: string;
      seq: number;
      status: ChatItemStatus;
      error?: { code: number; title: string; details: string };
    }
  | { type: "chat.typing"; phoneNumberId: string; waId: string }
  | { type: "template.status"; wabaId: string; name: string; language: string; status: string }
  | { type: "business.updated"; phoneNumberId: string }
  | { type: "customer.updated"; waId: string }
  | { type: "settings.updated" }
  | { type: "channel.item"; channel: ChannelKind; accountId: string; userId: string; item: ChannelChatItem }
  | {
      type: "channel.status";
      channel: ChannelKind;
      accountId: string;
      userId: string;
      id: string;
      seq: number;
      status: ChatItemStatus;
      error?: { code: number; title: string; details: string };
    }
  | { type: "channel.typing"; channel: ChannelKind; accountId: string; userId: string }
  | { type: "channel.updated"; channel: ChannelKind; accountId: string };

export type EventListener = (event: SimulatorEvent) => void;

export class EventHub {
  private readonly listeners = new Set<EventListener>();

  /** Returns the function that unsubscribes. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get hasListeners(): boolean {
    return this.listeners.size > 0;
  }

  emit(event: SimulatorEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** A status change of a Messenger, Instagram or LINE chat item. */
  emitChannelStatus(channel: ChannelKind, accountId: string, userId: string, item: ChatItem): void {
    if (this.listeners.size === 0) return;
    const event: SimulatorEvent = {
      type: "channel.status",
      channel,
      accountId,
      userId,
      id: item.wamid,
      seq: item.seq,
      status: item.status,
    };
    if (item.error !== undefined) event.error = item.error;
    this.emit(event);
  }

  /** A status change of a chat item, with the item's chat. */
  emitStatus(phoneNumberId: string, waId: string, item: ChatItem): void {
    if (this.listeners.size === 0) return;
    const event: SimulatorEvent = {
      type: "chat.status",
      phoneNumberId,
      waId,
      wamid: item.wamid,
      seq: item.seq,
      status: item.status,
    };
    if (item.error !== undefined) event.error = item.error;
    this.emit(event);
  }
}
