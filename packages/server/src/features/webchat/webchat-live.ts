/**
 * Live delivery to open widgets: every process holding widget streams listens to the change events (the
 * in-process bus, or Redis pub/sub across processes) and, for a message of a visitor it serves, reads the
 * message and writes it to that visitor's streams. One message lookup per change event, only while any
 * widget is open here.
 */
import type { ChangeEvent } from "../../events/change-event.js";
import type { EventBus } from "../../events/event-bus.js";
import type { WebchatThreadRepository } from "./webchat-thread.repository.js";
import type { WidgetItem } from "./widget-item.js";

export interface WidgetStream {
  channelAccountId: string;
  externalId: string;
  write(item: WidgetItem): void;
}

interface OpenStream extends WidgetStream {
  contactIds: string[];
}

export class WebchatLive {
  private readonly streams = new Set<OpenStream>();
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly bus: EventBus,
    private readonly thread: WebchatThreadRepository,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Starts writing the visitor's new and changed messages to `stream`; the returned function stops it. */
  async open(stream: WidgetStream): Promise<() => void> {
    const open: OpenStream = {
      ...stream,
      contactIds: await this.thread.threadContactIds(stream.channelAccountId, stream.externalId),
    };
    this.streams.add(open);
    this.unsubscribe ??= this.bus.subscribe((event) => {
      this.deliver(event).catch(this.onError);
    });
    return () => {
      this.streams.delete(open);
      if (this.streams.size === 0) {
        this.unsubscribe?.();
        this.unsubscribe = undefined;
      }
    };
  }

  private async deliver(event: ChangeEvent): Promise<void> {
    if (event.type !== "message.changed" || this.streams.size === 0) return;
    const owner = await this.thread.ownerOf(event.messageId);
    if (owner === undefined) return;
    for (const stream of this.streams) {
      // A visitor who had not written when the stream opened has a contact now: this message's.
      const own =
        stream.channelAccountId === owner.channelAccountId && stream.externalId === owner.externalId;
      if (stream.contactIds.length === 0 && own)
        stream.contactIds = await this.thread.threadContactIds(stream.channelAccountId, stream.externalId);
      if (!stream.contactIds.includes(owner.contactId)) continue;
      const item = await this.thread.item(stream.contactIds, event.messageId);
      if (item !== undefined) stream.write(item);
    }
  }
}
