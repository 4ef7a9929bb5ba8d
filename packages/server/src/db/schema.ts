/**
 * Row types of every table, as Kysely sees them. Times are Unix epoch milliseconds (bigint), JSON is
 * stored as text and parsed with zod where it is read. The same shapes hold on SQLite and PostgreSQL.
 */
import type {
  ChannelAccountsTable,
  ContactsTable,
  ConversationsTable,
  MessagesTable,
  WebhookEventsTable,
  JobsTable,
  MediaTable,
  AppSettingsTable,
} from "./tables/foundation.js";
import type {
  BotsTable,
  BotVersionsTable,
  BotDeploymentsTable,
  ContactTagsTable,
  ContactOptOutsTable,
  KeywordRulesTable,
  AutomationSettingsTable,
  RefLinksTable,
  WhatsAppTemplatesTable,
  SavedRepliesTable,
  CommentRulesTable,
  HandledCommentsTable,
} from "./tables/automation.js";
import type {
  StoresTable,
  StoreChannelAccountsTable,
  ChannelAccountQueueRepliesTable,
  InboxSettingsTable,
  StoreAssignmentTable,
  ConversationReadsTable,
  ConversationNotesTable,
  OrdersTable,
} from "./tables/inbox.js";
import type {
  UsersTable,
  UserStoresTable,
  SessionsTable,
  ApiTokensTable,
  AuditLogTable,
} from "./tables/people.js";
import type { WebchatVisitorsTable, WebchatContinueCodesTable } from "./tables/webchat.js";

export type * from "./tables/foundation.js";
export type * from "./tables/automation.js";
export type * from "./tables/inbox.js";
export type * from "./tables/people.js";
export type * from "./tables/webchat.js";

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
  users: UsersTable;
  user_stores: UserStoresTable;
  store_assignment: StoreAssignmentTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  comment_rules: CommentRulesTable;
  handled_comments: HandledCommentsTable;
  webchat_visitors: WebchatVisitorsTable;
  webchat_continue_codes: WebchatContinueCodesTable;
  orders: OrdersTable;
  conversation_reads: ConversationReadsTable;
  conversation_notes: ConversationNotesTable;
}
