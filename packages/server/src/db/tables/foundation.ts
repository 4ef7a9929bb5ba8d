/**
 * The foundation's tables: channel accounts, contacts, conversations, messages, webhook events, jobs,
 * media, settings. Row types as Kysely sees them (see ../schema.ts).
 */
import type { Generated } from "kysely";

export interface ChannelAccountsTable {
  id: string;
  channel: string;
  name: string;
  /** The platform's id for the account (WhatsApp `phone_number_id`). Unique per channel. */
  external_id: string;
  /** JSON: non-secret platform settings (WABA id, display phone number…). */
  settings: string;
  /** Secrets (tokens, app secret) encrypted with the server's key; never returned by the API. */
  secrets_encrypted: string;
  created_at: number;
  updated_at: number;
}

export interface ContactsTable {
  id: string;
  channel_account_id: string;
  /** The platform's id for the person (WhatsApp `wa_id`). Unique per channel account. */
  external_id: string;
  /** Business-scoped user id, when the platform gives one. */
  scoped_id: string | null;
  display_name: string | null;
  phone: string | null;
  /** JSON object of attributes collected about the person. */
  attributes: string;
  /** Set when this identity is merged into another contact of the same person. */
  merged_into_id: string | null;
  last_inbound_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface ConversationsTable {
  id: string;
  channel_account_id: string;
  contact_id: string;
  /** `bot`, `pending` (waiting for a person), `in_progress` (a person handles it) or `closed`. */
  status: "bot" | "pending" | "in_progress" | "closed";
  /** JSON: where the bot is in this conversation. */
  bot_state: string;
  last_message_at: number;
  last_inbound_at: number | null;
  last_message_preview: string;
  /** When the customer got the offline or instant reply in this stay in the queue; null again once it leaves `pending`. */
  queue_reply_sent_at: number | null;
  /** The agent handling it (set when assigned or taken over); null while nobody is. */
  assigned_user_id: string | null;
  /** The store whose queue it is in (a bot node's choice or the account's default store); null: none. */
  store_id: string | null;
  assigned_at: number | null;
  /** When it last entered its store's queue (assignment serves the oldest first); null: never queued. */
  queued_at: number | null;
  /** When it first entered the human queue (`pending`); never cleared. First-response times start here. */
  first_queued_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface MessagesTable {
  id: string;
  conversation_id: string;
  channel_account_id: string;
  contact_id: string;
  direction: "inbound" | "outbound";
  author: "contact" | "bot" | "agent" | "system";
  /** The user who sent an agent message; null for the admin token, the bot and the contact. */
  author_user_id: string | null;
  /** JSON: the neutral message (outbound) or the neutral inbound content. */
  content: string;
  /** JSON: the platform payload sent or received. */
  native_payload: string | null;
  /** The platform's id (WhatsApp `wamid`); unique per channel account. */
  provider_message_id: string | null;
  status: "received" | "pending" | "accepted" | "sent" | "delivered" | "read" | "failed" | "refused";
  error_code: number | null;
  /** The send policy's code when it refused the message (status `refused`); `error_reason` holds its sentence. */
  refusal_code: string | null;
  error_reason: string | null;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
  delivered_at: number | null;
  read_at: number | null;
  failed_at: number | null;
}

export interface WebhookEventsTable {
  id: string;
  channel: string;
  channel_account_id: string;
  /** Same for every redelivery of one platform event; unique per channel. */
  dedupe_key: string;
  /** JSON: the platform's item exactly as received. */
  payload: string;
  received_at: number;
  processed_at: number | null;
}

export interface JobsTable {
  id: Generated<number>;
  name: string;
  /** JSON payload, parsed with the job's schema by its handler. */
  payload: string;
  status: "queued" | "running" | "done" | "dead";
  attempts: number;
  max_attempts: number;
  run_at: number;
  locked_until: number | null;
  locked_by: string | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

export interface MediaTable {
  id: string;
  channel_account_id: string;
  provider_media_id: string;
  mime_type: string | null;
  sha256: string | null;
  size_bytes: number | null;
  /** Path under DATA_DIR, or the platform URL when it was not downloaded. */
  location: string;
  created_at: number;
}

export interface AppSettingsTable {
  key: string;
  value: string;
  updated_at: number;
}
