/**
 * Row types of every table, as Kysely sees them. Times are Unix epoch milliseconds (bigint), JSON is
 * stored as text and parsed with zod where it is read. The same shapes hold on SQLite and PostgreSQL.
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

export interface BotsTable {
  id: string;
  name: string;
  /** JSON: the draft version, as last saved (may not validate for publishing yet). */
  draft: string;
  created_at: number;
  updated_at: number;
}

/** A published snapshot of a bot; never changed, so conversations can keep the version they started on. */
export interface BotVersionsTable {
  id: string;
  bot_id: string;
  /** 1, 2, 3… per bot. */
  number: number;
  /** JSON: the bot definition, validated when it was published. */
  definition: string;
  created_at: number;
}

/** Which bot version a channel account runs; at most one per account. */
export interface BotDeploymentsTable {
  channel_account_id: string;
  bot_id: string;
  bot_version_id: string;
  published_at: number;
}

export interface ContactTagsTable {
  contact_id: string;
  tag: string;
  created_at: number;
}

/** Opt-outs in force, one per topic (`all`, `marketing`…); an opt-in deletes the row. */
export interface ContactOptOutsTable {
  contact_id: string;
  topic: string;
  /** `keyword`, `console`, `api`… */
  source: string;
  at: number;
}

export interface KeywordRulesTable {
  id: string;
  channel_account_id: string;
  name: string;
  /** JSON: `[{ match: "exact" | "contains" | "regex", value }]`. */
  keywords: string;
  /** JSON: `{ kind: "text", text }` or `{ kind: "module", moduleId }` of the account's published bot. */
  reply: string;
  /** Higher first. */
  priority: number;
  /** 1 or 0. */
  enabled: number;
  created_at: number;
  updated_at: number;
}

export interface AutomationSettingsTable {
  channel_account_id: string;
  /** JSON: the reply when nothing matches and no bot node waits (same shape as a keyword reply), or null. */
  default_reply: string | null;
  /** JSON: the send policy settings (time zone, quiet hours, frequency caps, opt-out words). */
  send_policy: string;
  updated_at: number;
}

/** A wa.me / m.me link whose code opens a module of the published bot and tags the contact. */
export interface RefLinksTable {
  id: string;
  channel_account_id: string;
  /** The `text` (WhatsApp) or `ref` (Messenger) value; unique per account. */
  code: string;
  name: string;
  module_id: string;
  /** JSON string array. */
  tags: string;
  entries: number;
  created_at: number;
  updated_at: number;
}

export interface WhatsAppTemplatesTable {
  id: string;
  channel_account_id: string;
  name: string;
  language: string;
  category: "MARKETING" | "UTILITY" | "AUTHENTICATION";
  /** JSON: the template definition as authored (the channels package's schema). */
  definition: string;
  /** `draft` until submitted; then Meta's: PENDING, APPROVED, REJECTED, PAUSED, DISABLED… */
  status: string;
  provider_template_id: string | null;
  /** Meta's rejection or pause reason. */
  status_reason: string | null;
  created_at: number;
  updated_at: number;
}

/** A message agents insert by shortcut: `shared` with everyone, or `personal` to `owner_id`. */
export interface SavedRepliesTable {
  id: string;
  scope: "shared" | "personal";
  /** The owner of a personal reply; null when shared. */
  owner_id: string | null;
  title: string;
  /** As written: `/` and 1–32 letters, digits, `-` or `_`. */
  shortcut: string;
  /** The shortcut folded (NFKC, lower case): unique per scope, and per owner among personal ones. */
  shortcut_key: string;
  /** JSON: the neutral message, placeholders (`{{contact.name}}`) unfilled. */
  message: string;
  /** JSON string array, for search. */
  tags: string;
  created_at: number;
  updated_at: number;
}

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

export interface Database {
  channel_accounts: ChannelAccountsTable;
  contacts: ContactsTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  webhook_events: WebhookEventsTable;
  jobs: JobsTable;
  media: MediaTable;
  app_settings: AppSettingsTable;
  bots: BotsTable;
  bot_versions: BotVersionsTable;
  bot_deployments: BotDeploymentsTable;
  contact_tags: ContactTagsTable;
  contact_opt_outs: ContactOptOutsTable;
  keyword_rules: KeywordRulesTable;
  automation_settings: AutomationSettingsTable;
  ref_links: RefLinksTable;
  whatsapp_templates: WhatsAppTemplatesTable;
  saved_replies: SavedRepliesTable;
  stores: StoresTable;
  store_channel_accounts: StoreChannelAccountsTable;
  channel_account_queue_replies: ChannelAccountQueueRepliesTable;
  inbox_settings: InboxSettingsTable;
}
