/**
 * Turns due status changes of business messages into chat updates and `statuses` webhooks. Changes due
 * in the same moment for one number travel in one POST of up to 1,000 statuses, as Meta batches them.
 */
import type { SimulatorSettings } from "../settings.js";
import type { BusinessStore } from "../state/business-store.js";
import type { ChatItem, ChatItemError, ChatStore } from "../state/chat-store.js";
import type { EventHub } from "../state/event-hub.js";
import { DueQueue } from "./due-queue.js";
import { messagesEnvelope } from "./messages-envelope.js";
import type { WebhookSender } from "./webhook-sender.js";

const MAX_STATUSES_PER_POST = 1000;
const ERROR_HREF = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/";

export interface Pricing {
  billable: boolean;
  pricing_model: "PMP";
  type: "regular" | "free_customer_service" | "free_entry_point";
  category: string;
}

export interface StatusChange {
  phoneNumberId: string;
  waId: string;
  item: ChatItem;
  status: "sent" | "delivered" | "read" | "failed";
  error?: ChatItemError;
  pricing?: Pricing;
  bizOpaqueCallbackData?: string;
}

export interface StatusDispatcherOptions {
  businesses: BusinessStore;
  chats: ChatStore;
  events: EventHub;
  sender: WebhookSender;
  settings: () => SimulatorSettings;
  now: () => number;
}

type Billing = Pick<StatusChange, "pricing" | "bizOpaqueCallbackData">;

export class StatusDispatcher {
  private readonly queue: DueQueue<StatusChange>;
  /** Pricing and callback data per business message, for read receipts that come later. */
  private readonly billing = new WeakMap<ChatItem, Billing>();

  constructor(private readonly options: StatusDispatcherOptions) {
    this.queue = new DueQueue((changes) => this.dispatch(changes));
  }

  /** Runs `change` after `delayMs` of real time. */
  schedule(delayMs: number, change: StatusChange): void {
    if (change.status !== "failed" && !this.billing.has(change.item)) {
      const billing: Billing = {};
      if (change.pricing !== undefined) billing.pricing = change.pricing;
      if (change.bizOpaqueCallbackData !== undefined)
        billing.bizOpaqueCallbackData = change.bizOpaqueCallbackData;
      this.billing.set(change.item, billing);
    }
    this.queue.schedule(Date.now() + delayMs, change);
  }

  /** The customer reads these business messages now (when `autoRead` is off, the phone page decides). */
  markRead(phoneNumberId: string, waId: string, items: ChatItem[]): number {
    const changes: StatusChange[] = items
      .filter((item) => item.direction === "out" && (item.status === "sent" || item.status === "delivered"))
      .map((item) => ({ phoneNumberId, waId, item, status: "read", ...this.billing.get(item) }));
    this.dispatch(changes);
    return changes.length;
  }

  get pending(): number {
    return this.queue.size;
  }

  close(): void {
    this.queue.close();
  }

  private dispatch(changes: StatusChange[]): void {
    const { chats, events, settings } = this.options;
    const timestamp = String(Math.floor(this.options.now() / 1000));
    const byNumber = new Map<string, unknown[]>();
    const send = settings().statusWebhooks;
    for (const change of changes) {
      if (!chats.advance(change.item, change.status, change.error)) continue;
      events.emitStatus(change.phoneNumberId, change.waId, change.item);
      if (!send) continue;
      let statuses = byNumber.get(change.phoneNumberId);
      if (statuses === undefined) {
        statuses = [];
        byNumber.set(change.phoneNumberId, statuses);
      }
      statuses.push(statusObject(change, timestamp));
    }
    for (const [phoneNumberId, statuses] of byNumber) this.post(phoneNumberId, statuses);
  }

  private post(phoneNumberId: string, statuses: unknown[]): void {
    const business = this.options.businesses.get(phoneNumberId);
    if (business === undefined) return;
    const target = { url: business.webhookUrl, appSecret: business.appSecret };
    for (let start = 0; start < statuses.length; start += MAX_STATUSES_PER_POST) {
      const batch = statuses.slice(start, start + MAX_STATUSES_PER_POST);
      void this.options.sender.deliver(target, messagesEnvelope(business, { statuses: batch }), "statuses");
    }
  }
}

/** A status object as in PLATFORMS.md A7.5 (and A6 for failures). */
function statusObject(change: StatusChange, timestamp: string): Record<string, unknown> {
  const status: Record<string, unknown> = {
    id: change.item.wamid,
    status: change.status,
    timestamp,
    recipient_id: change.waId,
  };
  if (change.bizOpaqueCallbackData !== undefined)
    status.biz_opaque_callback_data = change.bizOpaqueCallbackData;
  if (change.status !== "failed" && change.pricing !== undefined) status.pricing = change.pricing;
  if (change.error !== undefined) {
    status.errors = [
      {
        code: change.error.code,
        title: change.error.title,
        message: change.error.title,
        error_data: { details: change.error.details },
        href: ERROR_HREF,
      },
    ];
  }
  return status;
}
