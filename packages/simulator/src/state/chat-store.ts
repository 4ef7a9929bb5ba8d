/**
 * Every chat between a business number and a customer, both directions, bounded to the latest items.
 * Also remembers when each customer last wrote, which opens the 24-hour customer service window.
 */

/** Business messages: accepted → sent → delivered → read, or failed. Customer messages: pending → delivered (webhook answered 200) → read, or failed. */
export type ChatItemStatus = "accepted" | "sent" | "delivered" | "read" | "failed" | "pending";

export interface ChatItemError {
  code: number;
  title: string;
  details: string;
}

export interface ChatItem {
  /** Increases across all chats; `?after=seq` returns newer items. */
  seq: number;
  wamid: string;
  /** "out" = business → customer (Graph API), "in" = customer → business (webhook). */
  direction: "in" | "out";
  /** Epoch milliseconds. */
  at: number;
  type: string;
  /** The Graph API request body (out) or the webhook message object (in). */
  payload: unknown;
  status: ChatItemStatus;
  error?: ChatItemError;
  /** For templates: the approved text with its parameters filled in. */
  rendered?: unknown;
}

export interface ChatRef {
  phoneNumberId: string;
  waId: string;
}

export interface LocatedItem extends ChatRef {
  item: ChatItem;
}

interface Chat extends ChatRef {
  items: ChatItem[];
  lastInboundAt: number | null;
}

const RANK: Record<ChatItemStatus, number> = {
  pending: 0,
  accepted: 0,
  sent: 1,
  delivered: 2,
  read: 3,
  failed: 4,
};

export class ChatStore {
  private readonly chats = new Map<string, Chat>();
  private readonly byWamid = new Map<string, LocatedItem>();
  private seq = 0;

  constructor(private readonly maxItemsPerChat = 500) {}

  append(ref: ChatRef, item: Omit<ChatItem, "seq">): ChatItem {
    const chat = this.chat(ref);
    const stored: ChatItem = { ...item, seq: ++this.seq };
    chat.items.push(stored);
    this.byWamid.set(stored.wamid, { phoneNumberId: ref.phoneNumberId, waId: ref.waId, item: stored });
    if (item.direction === "in") chat.lastInboundAt = Math.max(chat.lastInboundAt ?? 0, item.at);
    while (chat.items.length > this.maxItemsPerChat) {
      const dropped = chat.items.shift();
      if (dropped !== undefined) this.byWamid.delete(dropped.wamid);
    }
    return stored;
  }

  /** Items with seq greater than `after`, oldest first. */
  list(ref: ChatRef, after = 0): ChatItem[] {
    const chat = this.chats.get(key(ref));
    if (chat === undefined) return [];
    return chat.items.filter((item) => item.seq > after);
  }

  find(wamid: string): LocatedItem | undefined {
    return this.byWamid.get(wamid);
  }

  /** Epoch ms of the customer's last message to this business number; null when they never wrote. */
  lastInboundAt(ref: ChatRef): number | null {
    return this.chats.get(key(ref))?.lastInboundAt ?? null;
  }

  /**
   * Moves an item forward; never backwards (read stays read) and never out of `failed`. A business
   * message may fail only before it is delivered. Returns whether anything changed.
   */
  advance(item: ChatItem, status: ChatItemStatus, error?: ChatItemError): boolean {
    if (status === item.status) return false;
    // A customer message whose webhook failed counts as delivered once a retry succeeds.
    if (item.status === "failed") {
      if (item.direction !== "in" || status !== "delivered") return false;
      item.status = status;
      delete item.error;
      return true;
    }
    if (status === "failed") {
      if (RANK[item.status] >= RANK.delivered) return false;
    } else if (RANK[status] <= RANK[item.status]) {
      return false;
    }
    item.status = status;
    if (error !== undefined) item.error = error;
    return true;
  }

  /** Customer messages up to and including `wamid` that the business has now read, as Meta's read receipt marks earlier ones too. */
  markInboundRead(ref: ChatRef, wamid: string): ChatItem[] {
    const chat = this.chats.get(key(ref));
    const target = this.byWamid.get(wamid);
    if (chat === undefined || target === undefined) return [];
    const changed: ChatItem[] = [];
    for (const item of chat.items) {
      if (item.seq > target.item.seq) break;
      if (item.direction === "in" && item.status !== "read" && item.status !== "failed") {
        item.status = "read";
        changed.push(item);
      }
    }
    return changed;
  }

  private chat(ref: ChatRef): Chat {
    const k = key(ref);
    let chat = this.chats.get(k);
    if (chat === undefined) {
      chat = { phoneNumberId: ref.phoneNumberId, waId: ref.waId, items: [], lastInboundAt: null };
      this.chats.set(k, chat);
    }
    return chat;
  }
}

function key(ref: ChatRef): string {
  return `${ref.phoneNumberId}:${ref.waId}`;
}
