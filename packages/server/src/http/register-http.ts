/** Mounts everything HTTP: auth, the API routes, the OpenAPI document, webhooks, health and the console. */
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import { z } from "zod";
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
import { installBearerAuth } from "./auth.js";
import { registerEventRoutes } from "./events.routes.js";
import { registerBotRoutes } from "./bots.routes.js";
import { registerMessageCheckRoutes } from "./message-check.routes.js";
import { registerChannelAccountRoutes } from "./channel-accounts.routes.js";
import { registerContactRoutes } from "./contacts.routes.js";
import { registerConversationRoutes } from "./conversations.routes.js";
import { installErrorHandler } from "./error-handler.js";
import { buildOpenApiDocument } from "./openapi.js";
import { none, RouteRegistry } from "./route-registry.js";
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
import { registerAccountQueueReplyRoutes } from "./account-queue-replies.routes.js";
import { registerSavedReplyRoutes } from "./saved-replies.routes.js";
import { registerInboxSettingsRoutes } from "./inbox-settings.routes.js";
import type { InboxSettingsRepository } from "../features/conversations/inbox-settings.repository.js";

export interface HttpDeps {
  adminToken: string;
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
  accountQueueReplies: AccountQueueRepliesRepository;
  savedReplies: SavedReplyService;
  inboxSettings: InboxSettingsRepository;
  /** Change events: published by conversation changes here, streamed at /api/v1/events. */
  events: EventBus;
  health: () => Promise<Record<string, unknown>>;
  mounts: { prefix: string; plugin: FastifyPluginAsync }[];
}

export async function registerHttp(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const consolePages = await serveConsole(app, deps.consoleDir);
  installErrorHandler(app, { consolePages });
  installBearerAuth(app, deps.adminToken);
  const routes = new RouteRegistry(app);

  routes.add({
    method: "GET",
    url: "/api/v1/session",
    summary: "Check the bearer token",
    params: none,
    query: none,
    body: none,
    tag: "Session",
    response: z.object({ ok: z.literal(true) }),
    handler: async () => ({ ok: true as const }),
  });
  registerChannelAccountRoutes(routes, deps.accounts, deps.baseUrl);
  registerContactRoutes(routes, deps.contacts);
  registerConversationRoutes(routes, deps.conversations, deps.messages, deps.composer, deps.events);
  registerInboxSettingsRoutes(routes, deps.accounts, deps.inboxSettings);
  registerTemplateRoutes(routes, deps.templates);
  registerKeywordRuleRoutes(routes, deps.accounts, deps.keywordRules);
  registerAutomationSettingsRoutes(routes, deps.accounts, deps.automationSettings);
  registerRefLinkRoutes(routes, deps.accounts, deps.refLinks);
  registerBotRoutes(routes, deps.bots, deps.botPublisher);
  registerMessageCheckRoutes(routes, deps.drivers);
  registerStoreRoutes(routes, deps.stores, deps.accounts);
  registerAccountQueueReplyRoutes(routes, deps.accounts, deps.stores, deps.accountQueueReplies);
  registerSavedReplyRoutes(routes, deps.savedReplies);

  app.get("/api/v1/openapi.json", { config: { public: true } }, async () =>
    buildOpenApiDocument(routes.routes, deps.baseUrl),
  );
  app.get("/healthz", async () => ({ ok: true, ...(await deps.health()) }));
  registerMediaRoutes(app, deps.messages, deps.media);
  registerEventRoutes(app, deps.events);
  registerRefLinkQrRoutes(app, deps.accounts, deps.refLinks);
  await registerWebhookRoutes(app, deps.drivers, deps.intake);
  for (const mount of deps.mounts) await app.register(mount.plugin, { prefix: mount.prefix });
}
