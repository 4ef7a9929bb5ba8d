/**
 * The inbox's tables: stores and their queue replies, inbox settings, assignment, reads, notes, and
 * the orders credited to agents and stores. Row types as Kysely sees them (see ../schema.ts).
 */

/** A store (counter) of the brand: its business hours in its time zone, and its queue replies. */
export interface StoresTable {
  id: string;
  name: string;
  /** IANA time zone the hours are read in, e.g. `Asia/Taipei`. */
  time_zone: string;
  /** JSON: opening intervals per weekday (core's WeeklyHours). */
  hours: string;
  /** JSON: dates closed all day or open at special hours (core's Holiday[]). */
  holidays: string;
  /** Text sent once when a conversation enters the queue outside business hours; null: none. */
  offline_reply: string | null;
  /** Text sent once when a conversation enters the queue during business hours; null: none. */
  instant_reply: string | null;
  created_at: number;
  updated_at: number;
}

/** The channel accounts a store serves; `is_default` (1 or 0) marks the account's default store (one at most). */
export interface StoreChannelAccountsTable {
  store_id: string;
  channel_account_id: string;
  is_default: number;
  created_at: number;
}

/** Queue replies and business hours of a channel account that no store answers for. */
export interface ChannelAccountQueueRepliesTable {
  channel_account_id: string;
  time_zone: string;
  /** JSON: WeeklyHours. */
  hours: string;
  /** JSON: Holiday[]. */
  holidays: string;
  offline_reply: string | null;
  instant_reply: string | null;
  updated_at: number;
}

/** How the inbox treats a channel account's conversations; absent rows read as the defaults. */
export interface InboxSettingsTable {
  channel_account_id: string;
  /** Close an in-progress conversation after this long without a message; null: never. */
  auto_close_after_ms: number | null;
  /** Where a customer writing again after a close lands: `bot` (when one runs) or `pending`. */
  reopen_to: "bot" | "pending";
  updated_at: number;
}

/** How a store's queue is assigned, and the round-robin cursor (the agent assigned last). */
export interface StoreAssignmentTable {
  store_id: string;
  mode: "manual" | "round_robin" | "least_busy";
  last_user_id: string | null;
  updated_at: number;
}

/** When a user last opened a conversation (unread: the customer wrote after the newest message seen then). */
export interface ConversationReadsTable {
  user_id: string;
  conversation_id: string;
  read_at: number;
  /** The conversation's `last_inbound_at` when the user opened it; null: the customer had not written. */
  seen_inbound_at: number | null;
}

/** A note staff wrote on a conversation for each other; never sent to the customer. */
export interface ConversationNotesTable {
  id: string;
  conversation_id: string;
  /** Null for the admin token, which belongs to nobody, or once the user is deleted. */
  author_user_id: string | null;
  /** The author's name (or "admin token") as it was when written. */
  author_label: string;
  text: string;
  created_at: number;
}

/** An order an integration reported, credited to the agent and store that handled the customer. */
export interface OrdersTable {
  id: string;
  /** Who reported it (`api` unless the integration names itself); unique with `external_id`. */
  source: string;
  /** The shop's order id. */
  external_id: string;
  contact_id: string;
  /** In the currency's minor unit (cents). */
  amount: number;
  /** ISO 4217, upper case. */
  currency: string;
  /** JSON: `[{ sku, name, quantity, unitPrice }]`. */
  items: string;
  ordered_at: number;
  credited_user_id: string | null;
  credited_store_id: string | null;
  credited_conversation_id: string | null;
  /** SHA-256 of the posted order: a re-post with the same id must match it. */
  request_hash: string;
  created_at: number;
}
