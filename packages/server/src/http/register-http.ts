/** Mounts everything HTTP: auth, the API routes, the OpenAPI document, webhooks, health and the console. */
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import type { ChannelDriver } from "../features/channels/channel-driver.js";
import type { ContactRepository } from "../features/contacts/contact.repository.js";
import type { ConversationRepository } from "../features/conversations/conversation.repository.js";
import type { WebhookIntakeService } from "../features/inbound/webhook-intake.service.js";
import type { MessageComposerService } from "../features/messages/message-composer.service.js";
import type { MediaRepository } from "../features/media/media.repository.js";
import type { MessageRepository } from "../features/messages/message.repository.js";
import type { TemplateRegistry } from "../features/templates/template-registry.js";
import type { AutomationSettingsRepository } from "../features/automation/automation-settings.repository.js";
import type { KeywordRuleRepository } from "../features/automation/keyword-rule.repository.js";
import type { RefLinkRepository } from "../features/ref-links/ref-link.repository.js";
import type { BotPublisherService } from "../features/bots/bot-publisher.service.js";
import type { BotRepository } from "../features/bots/bot.repository.js";
import type { SavedReplyService } from "../features/saved-replies/saved-reply.service.js";
import type { EventBus } from "../events/event-bus.js";
import type { People } from "../composition/people.js";
import { installAuth } from "./auth.js";
import { installAuditHook } from "./audit-hook.js";
import { registerApiTokenRoutes } from "./api-tokens.routes.js";
import { registerAuditLogRoutes } from "./audit-log.routes.js";
import { registerSessionRoutes } from "./session.routes.js";
import { registerUserRoutes } from "./users.routes.js";
import { registerEventRoutes } from "./events.routes.js";
import { registerBotRoutes } from "./bots.routes.js";
import { registerMessageCheckRoutes } from "./message-check.routes.js";
import { registerBotProfileCheckRoutes } from "./bot-profile-check.routes.js";
import { registerChannelAccountRoutes } from "./channel-accounts.routes.js";
import { registerContactRoutes } from "./contacts.routes.js";
import { registerConversationRoutes } from "./conversations.routes.js";
import { installErrorHandler } from "./error-handler.js";
import type { Webchat } from "../features/webchat/create-webchat.js";
import type { PersonLinkRepository } from "../features/contacts/person-links.repository.js";
import { registerWebchat } from "./register-webchat.js";
import { buildOpenApiDocument } from "./openapi.js";
import { RouteRegistry } from "./route-registry.js";
import { serveConsole } from "./static-console.js";
import { registerMediaRoutes } from "./media.routes.js";
import { registerTemplateRoutes } from "./templates.routes.js";
import { registerAutomationSettingsRoutes } from "./automation-settings.routes.js";
import { registerKeywordRuleRoutes } from "./keyword-rules.routes.js";
import { registerRefLinkQrRoutes } from "./ref-link-qr.routes.js";
import { registerRefLinkRoutes } from "./ref-links.routes.js";
import { registerWebhookRoutes } from "./webhook.routes.js";
import type { StoreRepository } from "../features/stores/store.repository.js";
import type { AccountQueueRepliesRepository } from "../features/stores/account-queue-replies.repository.js";
import { registerStoreRoutes } from "./stores.routes.js";
import { registerStoreAssignmentRoutes } from "./store-assignment.routes.js";
import type { QueueAssignment } from "../features/assignment/queue-assignment.service.js";
import type { AssignmentRepository } from "../features/assignment/assignment.repository.js";
import { registerAccountQueueReplyRoutes } from "./account-queue-replies.routes.js";
import { registerSavedReplyRoutes } from "./saved-replies.routes.js";
import { registerInboxSettingsRoutes } from "./inbox-settings.routes.js";
import type { InboxSettingsRepository } from "../features/conversations/inbox-settings.repository.js";
import { registerCommentRuleRoutes } from "./comment-rules.routes.js";
import type { Sales } from "../composition/sales.js";
import { registerOrderRoutes } from "./orders.routes.js";
import { registerReportRoutes } from "./reports.routes.js";
import type { CommentRuleRouteDeps } from "./comment-rules.routes.js";
import type { ConversationReadsRepository } from "../features/conversations/conversation-reads.repository.js";
import type { ConversationNoteRepository } from "../features/conversations/conversation-note.repository.js";
import type { ContactPanelRepository } from "../features/conversations/contact-panel.repository.js";
import { registerConversationReadRoutes } from "./conversation-reads.routes.js";
import { registerConversationNoteRoutes } from "./conversation-notes.routes.js";
import { registerContactConversationRoutes } from "./contact-conversations.routes.js";

export interface HttpDeps {
  adminToken: string;
  people: People;
  baseUrl: string;
  consoleDir: string;
  drivers: ReadonlyMap<string, ChannelDriver>;
  intake: WebhookIntakeService;
  accounts: ChannelAccountRepository;
  contacts: ContactRepository;
  conversations: ConversationRepository;
  messages: MessageRepository;
  media: MediaRepository;
  composer: MessageComposerService;
  templates: TemplateRegistry;
  keywordRules: KeywordRuleRepository;
  automationSettings: AutomationSettingsRepository;
  refLinks: RefLinkRepository;
  bots: BotRepository;
  botPublisher: BotPublisherService;
  stores: StoreRepository;
  /** Automatic assignment: each store's mode, and who gets a waiting conversation. */
  assignments: AssignmentRepository;
  queueAssignment: QueueAssignment;
  accountQueueReplies: AccountQueueRepliesRepository;
  savedReplies: SavedReplyService;
  inboxSettings: InboxSettingsRepository;
  commentRules: CommentRuleRouteDeps["commentRules"];
  handledComments: CommentRuleRouteDeps["handledComments"];
  commentReplies: CommentRuleRouteDeps["commentReplies"];
  /** Change events: published by conversation changes here, streamed at /api/v1/events. */
  events: EventBus;
  /** The web chat widget's public endpoints, live stream and files. */
  webchat: Webchat;
  /** The channel identities of one person (contact details). */
  personLinks: PersonLinkRepository;
  /** When each user last opened each conversation (unread state). */
  conversationReads: ConversationReadsRepository;
  /** Internal notes on conversations (staff only, never sent). */
  conversationNotes: ConversationNoteRepository;
  /** A contact's conversations, tags and opt-outs for the inbox's contact panel. */
  contactPanel: ContactPanelRepository;
  /** Orders, their attribution and the agent and store reports. */
  sales: Sales;
  health: () => Promise<Record<string, unknown>>;
  mounts: { prefix: string; plugin: FastifyPluginAsync }[];
}

export async function registerHttp(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const consolePages = await serveConsole(app, deps.consoleDir);
  installErrorHandler(app, { consolePages });
  installAuth(app, { adminToken: deps.adminToken, ...deps.people });
  installAuditHook(app, deps.people.audit);
  const routes = new RouteRegistry(app);

  registerSessionRoutes(routes, {
    ...deps.people,
    secureCookies: deps.baseUrl.startsWith("https:"),
  });
  registerUserRoutes(routes, deps.people.userAdmin);
  registerApiTokenRoutes(routes, deps.people.apiTokens);
  registerAuditLogRoutes(routes, deps.people.audit);
  registerChannelAccountRoutes(routes, deps.accounts, deps.baseUrl);
  registerContactRoutes(routes, deps.contacts, deps.personLinks);
  registerConversationRoutes(routes, {
    conversations: deps.conversations,
    messages: deps.messages,
    composer: deps.composer,
    events: deps.events,
    users: deps.people.users,
    assignment: deps.queueAssignment,
    reads: deps.conversationReads,
  });
  registerConversationReadRoutes(routes, deps);
  registerConversationNoteRoutes(routes, { ...deps, users: deps.people.users });
  registerContactConversationRoutes(routes, deps);
  registerInboxSettingsRoutes(routes, deps.accounts, deps.inboxSettings);
  registerTemplateRoutes(routes, deps.templates);
  registerKeywordRuleRoutes(routes, deps.accounts, deps.keywordRules);
  registerAutomationSettingsRoutes(routes, deps.accounts, deps.automationSettings);
  registerRefLinkRoutes(routes, deps.accounts, deps.refLinks);
  registerBotRoutes(routes, deps.bots, deps.botPublisher);
  registerMessageCheckRoutes(routes, deps.drivers);
  registerBotProfileCheckRoutes(routes, deps.drivers);
  registerStoreRoutes(routes, deps.stores, deps.accounts);
  registerStoreAssignmentRoutes(routes, deps);
  registerAccountQueueReplyRoutes(routes, deps.accounts, deps.stores, deps.accountQueueReplies);
  registerSavedReplyRoutes(routes, deps.savedReplies);
  registerCommentRuleRoutes(routes, deps);
  registerOrderRoutes(routes, deps.sales);
  registerReportRoutes(routes, deps.sales);

  app.get("/api/v1/openapi.json", { config: { public: true } }, async () =>
    buildOpenApiDocument(routes.routes, deps.baseUrl),
  );
  app.get("/healthz", async () => ({ ok: true, ...(await deps.health()) }));
  registerMediaRoutes(app, deps.messages, deps.media, deps.conversations);
  registerEventRoutes(app, deps.events, { owners: (id) => deps.conversations.get(id) });
  registerRefLinkQrRoutes(app, deps.accounts, deps.refLinks);
  await registerWebhookRoutes(app, deps.drivers, deps.intake);
  await registerWebchat(app, deps.webchat, deps.accounts, deps.baseUrl);
  for (const mount of deps.mounts) await app.register(mount.plugin, { prefix: mount.prefix });
}
