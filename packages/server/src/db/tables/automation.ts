/**
 * Automation's tables: bots and their versions, tags and opt-outs, keyword rules, send policy, ref
 * links, WhatsApp templates, saved replies, comment rules. Row types as Kysely sees them (see
 * ../schema.ts).
 */

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

/** Rules answering comments on a channel account's posts (Facebook Page or Instagram). */
export interface CommentRulesTable {
  id: string;
  channel_account_id: string;
  name: string;
  /** The post (Facebook) or media (Instagram) id; null: every post. */
  post_id: string | null;
  /** JSON: `[{ match: "exact" | "contains" | "regex", value }]`; empty: every comment. */
  keywords: string;
  /** The public reply under the comment; null: none. */
  public_reply: string | null;
  /** JSON: the neutral message sent as the one private reply; null: none. */
  private_reply: string | null;
  /** The module of the published bot opened when the customer answers the private reply. */
  module_id: string | null;
  /** JSON: tags applied to the commenter's contact. */
  tags: string;
  /** Higher first. */
  priority: number;
  /** 1 or 0. */
  enabled: number;
  created_at: number;
  updated_at: number;
}

/** One comment a channel account received, and what was answered (unique per account and comment id). */
export interface HandledCommentsTable {
  id: string;
  channel_account_id: string;
  comment_id: string;
  post_id: string;
  /** The commenter's id as the comment webhook gives it (Facebook: not the PSID). */
  commenter_id: string;
  commenter_name: string | null;
  text: string;
  commented_at: number;
  /** The stored webhook event that brought it: only its own retries may finish what is pending. */
  webhook_event_id: string;
  rule_id: string | null;
  contact_id: string | null;
  public_reply_status: "none" | "pending" | "sent" | "failed";
  public_reply_id: string | null;
  public_reply_error: string | null;
  private_reply_status: "none" | "pending" | "sent" | "refused" | "failed";
  private_reply_mid: string | null;
  private_reply_error: string | null;
  /** Who the private reply reached: the PSID (Messenger) or IGSID (Instagram). */
  recipient_id: string | null;
  module_id: string | null;
  /** `waiting`: opens on the customer's next message; `opened`: done. */
  module_status: "none" | "waiting" | "opened";
  created_at: number;
  updated_at: number;
}
