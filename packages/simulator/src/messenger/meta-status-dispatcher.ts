/**
 * Delivery and read receipts of what pages and Instagram accounts send (PLATFORMS.md B5): Messenger
 * sends `delivery { mids, watermark }` and `read { watermark }`, Instagram only `read { mid }`
 * (messaging_seen). Receipts due together for one account travel in one POST, one entry per person.
 */
import type { SimulatorSettings } from "../settings.js";
import type { ChatItem } from "../state/chat-store.js";
import type { EventHub } from "../state/event-hub.js";
import { DueQueue } from "../webhooks/due-queue.js";
import type { WebhookSender } from "../webhooks/webhook-sender.js";
import type { MetaAccount } from "./meta-accounts.js";
import { fromUser, type MessagingEvent, messagingEnvelope } from "./meta-envelope.js";
import type { MetaState } from "./meta-state.js";

export interface ReceiptChange {
  account: MetaAccount;
  userId: string;
  item: ChatItem;
  status: "delivered" | "read";
}

export interface MetaStatusDispatcherOptions {
  meta: MetaState;
  events: EventHub;
  sender: WebhookSender;
  settings: () => SimulatorSettings;
  now: () => number;
}

export class MetaStatusDispatcher {
  private readonly queue: DueQueue<ReceiptChange>;

  constructor(private readonly options: MetaStatusDispatcherOptions) {
    this.queue = new DueQueue((changes) => this.dispatch(changes));
  }

  /** Runs `change` after `delayMs` of real time. */
  schedule(delayMs: number, change: ReceiptChange): void {
    this.queue.schedule(Date.now() + delayMs, change);
  }

  /** The person reads these messages of the account now. Returns how many became read. */
  markRead(account: MetaAccount, userId: string, items: ChatItem[]): number {
    const changes: ReceiptChange[] = items
      .filter(
        (item) => item.direction === "out" && (item.status === "accepted" || item.status === "delivered"),
      )
      .map((item) => ({ account, userId, item, status: "read" }));
    this.dispatch(changes);
    return changes.length;
  }

  close(): void {
    this.queue.close();
  }

  private dispatch(changes: ReceiptChange[]): void {
    const { meta, events, settings } = this.options;
    const now = this.options.now();
    const byPerson = new Map<
      string,
      { account: MetaAccount; userId: string; delivered: ChatItem[]; read: ChatItem[] }
    >();
    for (const change of changes) {
      // A message read before its delivery receipt was due counts as delivered too.
      if (change.status === "read" && change.item.status === "accepted")
        meta.chats.advance(change.item, "delivered");
      if (!meta.chats.advance(change.item, change.status)) continue;
      events.emitChannelStatus(change.account.platform, change.account.id, change.userId, change.item);
      const key = `${change.account.id}:${change.userId}`;
      let person = byPerson.get(key);
      if (person === undefined) {
        person = { account: change.account, userId: change.userId, delivered: [], read: [] };
        byPerson.set(key, person);
      }
      person[change.status].push(change.item);
    }
    if (!settings().statusWebhooks) return;
    const byAccount = new Map<MetaAccount, MessagingEvent[]>();
    for (const person of byPerson.values()) {
      const receipts = receiptEvents(person.account, person.userId, person.delivered, person.read, now);
      if (receipts.length === 0) continue;
      byAccount.set(person.account, [...(byAccount.get(person.account) ?? []), ...receipts]);
    }
    for (const [account, receipts] of byAccount) {
      const target = { url: account.webhookUrl, appSecret: account.appSecret };
      void this.options.sender.deliver(target, messagingEnvelope(account, receipts, now), "receipts");
    }
  }
}

function receiptEvents(
  account: MetaAccount,
  userId: string,
  delivered: ChatItem[],
  read: ChatItem[],
  now: number,
): MessagingEvent[] {
  const out: MessagingEvent[] = [];
  const watermark = (items: ChatItem[]) => Math.max(...items.map((item) => item.at));
  if (account.platform === "messenger") {
    if (delivered.length > 0) {
      out.push(
        fromUser(account, userId, now, {
          delivery: { mids: delivered.map((item) => item.wamid), watermark: watermark(delivered) },
        }),
      );
    }
    if (read.length > 0) out.push(fromUser(account, userId, now, { read: { watermark: watermark(read) } }));
    return out;
  }
  const last = read.reduce<ChatItem | undefined>(
    (latest, item) => (latest === undefined || item.seq > latest.seq ? item : latest),
    undefined,
  );
  if (last !== undefined) out.push(fromUser(account, userId, now, { read: { mid: last.wamid } }));
  return out;
}
