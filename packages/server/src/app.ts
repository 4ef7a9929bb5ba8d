/**
 * The composition root: builds every part from the configuration and wires them by hand. Roles decide
 * what this process runs: the HTTP API and webhooks (`api`), the job worker (`worker`), or both (`all`).
 */
import { join } from "node:path";
import Fastify, { LogController } from "fastify";
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import { systemClock } from "@switchboard/core";
import type { FetchFn } from "@switchboard/core";
import { consoleDistDir } from "./app-paths.js";
import type { Config } from "./config.js";
import { publicUrl } from "./config.js";
import { ensureDataDir, loadSecretKey } from "./data-dir.js";
import { createDatabase } from "./db/create-database.js";
import { GroupCommit } from "./db/group-commit.js";
import type { OpenedDatabase } from "./db/create-database.js";
import { ChannelAccountRepository } from "./features/channel-accounts/channel-account.repository.js";
import type { ChannelDriver } from "./features/channels/channel-driver.js";
import { createWhatsAppDriver } from "./features/channels/whatsapp-driver.js";
import { ContactRepository } from "./features/contacts/contact.repository.js";
import { ConversationRepository } from "./features/conversations/conversation.repository.js";
import { BotPublisherService } from "./features/bots/bot-publisher.service.js";
import { BotRepository } from "./features/bots/bot.repository.js";
import { BotOutbox } from "./features/bots/bot-outbox.js";
import { BotResumeService } from "./features/bots/bot-resume.service.js";
import { BotTurnRunner } from "./features/bots/bot-turn-runner.js";
import { botTimerJob } from "./features/bots/bot-timer.job.js";
import { botHttpRequestJob } from "./features/bots/bot-http-request.job.js";
import { InboundAutomation } from "./features/bots/inbound-automation.js";
import { StoredAutomationRules } from "./features/bots/automation-rules.js";
import { storedTemplateCheck } from "./features/bots/stored-template-check.js";
import { executeBotHttpRequest } from "./features/bots/http-request/execute-bot-http-request.js";
import { AutomationSettingsRepository } from "./features/automation/automation-settings.repository.js";
import { KeywordRuleRepository } from "./features/automation/keyword-rule.repository.js";
import { RefLinkRepository } from "./features/ref-links/ref-link.repository.js";
import { ContactProfileRepository } from "./features/contacts/contact-profile.repository.js";
import { InboundService } from "./features/inbound/inbound.service.js";
import { createWhatsAppTemplatesClient } from "./features/channels/whatsapp-templates-client.js";
import { TemplateRegistry } from "./features/templates/template-registry.js";
import { TemplateRepository } from "./features/templates/template.repository.js";
import { processWebhookEventJob } from "./features/inbound/process-webhook-event.job.js";
import { WebhookEventRepository } from "./features/inbound/webhook-event.repository.js";
import { WebhookIntakeService } from "./features/inbound/webhook-intake.service.js";
import { MessageComposerService } from "./features/messages/message-composer.service.js";
import { MessageRepository } from "./features/messages/message.repository.js";
import { OutboundSender } from "./features/messages/outbound-sender.js";
import { sendMessageJob } from "./features/messages/send-message.job.js";
import { resolveAdminToken } from "./features/settings/admin-token.js";
import { registerHttp } from "./http/register-http.js";
import { createJobQueue } from "./jobs/create-job-queue.js";
import type { JobQueue } from "./jobs/job-queue.js";
import { createKeepAliveFetch } from "./http-client/keep-alive-fetch.js";
import { SecretBox } from "./security/secret-box.js";
import { downloadMediaJob } from "./features/media/download-media.job.js";
import { MediaRepository } from "./features/media/media.repository.js";
import { startSweeper } from "./features/inbound/sweeper.js";

export interface SwitchboardOptions {
  /** Extra Fastify plugins mounted on the same server (the embedded simulator, for instance). */
  mounts?: { prefix: string; plugin: FastifyPluginAsync }[];
  /** How the server reaches the platforms' APIs; global fetch by default. */
  fetch?: FetchFn;
}

export interface Switchboard {
  app: FastifyInstance;
  url: string;
  adminToken: string;
  database: OpenedDatabase;
  queue: JobQueue;
  close(): Promise<void>;
}

export async function startSwitchboard(
  config: Config,
  options: SwitchboardOptions = {},
): Promise<Switchboard> {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL },
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 4 * 1024 * 1024,
    // Closing does not wait for idle keep-alive connections (up to 72 s) to time out.
    forceCloseConnections: true,
  });
  const log = app.log;
  const dataDir = ensureDataDir(config.DATA_DIR);
  const box = new SecretBox(loadSecretKey(dataDir, config.SECRET_KEY));
  const database = await createDatabase(
    config.DATABASE_URL === undefined
      ? { kind: "sqlite", file: join(dataDir, "switchboard.sqlite") }
      : { kind: "postgres", url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE },
  );
  const { db } = database;
  const queue = createJobQueue(database, { url: config.REDIS_URL, prefix: config.REDIS_PREFIX }, (error) =>
    log.error({ err: error }, "job queue error"),
  );
  const graphFetch = options.fetch ?? createKeepAliveFetch({ maxSockets: 64, timeoutMs: 30_000 });
  const drivers = new Map<string, ChannelDriver>([
    [
      "whatsapp",
      createWhatsAppDriver({
        fetch: graphFetch,
        graphUrl: config.META_GRAPH_URL,
        graphVersion: config.META_GRAPH_VERSION,
      }),
    ],
  ]);

  const groupCommit = new GroupCommit(db, database.dialect);
  const accounts = new ChannelAccountRepository(db, box);
  const contacts = new ContactRepository(db);
  const conversations = new ConversationRepository(db, database.dialect);
  const messages = new MessageRepository(db, database.dialect);
  const events = new WebhookEventRepository(db);
  const media = new MediaRepository(db);
  const templates = new TemplateRegistry({
    templates: new TemplateRepository(db),
    accounts,
    client: createWhatsAppTemplatesClient({
      fetch: graphFetch,
      graphUrl: config.META_GRAPH_URL,
      graphVersion: config.META_GRAPH_VERSION,
    }),
  });
  const bots = new BotRepository(db);
  const profiles = new ContactProfileRepository(db);
  const keywordRules = new KeywordRuleRepository(db);
  const automationSettings = new AutomationSettingsRepository(db);
  const refLinks = new RefLinkRepository(db);
  const automationRules = new StoredAutomationRules(keywordRules, refLinks, automationSettings);
  const botPublisher = new BotPublisherService({
    bots,
    accounts,
    drivers,
    entryModules: (ids) => automationRules.entryModules(ids),
  });
  const botOutbox = new BotOutbox(messages, storedTemplateCheck);
  const botRunner = new BotTurnRunner(bots, profiles, botOutbox);
  const botResume = new BotResumeService({
    groupCommit,
    queue,
    drivers,
    accounts,
    contacts,
    conversations,
    rules: automationRules,
    bots,
    runner: botRunner,
  });
  const sender = new OutboundSender(groupCommit, messages, accounts, drivers);
  const composer = new MessageComposerService({
    db,
    clock: systemClock,
    drivers,
    accounts,
    contacts,
    conversations,
    messages,
    queue,
    templates,
    profiles,
    rules: automationRules,
  });
  const inbound = new InboundService({
    db,
    groupCommit,
    drivers,
    accounts,
    contacts,
    conversations,
    messages,
    events,
    templates,
    automation: new InboundAutomation(botRunner, botOutbox, profiles, automationRules),
    rules: automationRules,
    bots,
    queue,
  });
  const intake = new WebhookIntakeService(groupCommit, accounts, events, queue);
  const adminToken = await resolveAdminToken(db, box, config.ADMIN_TOKEN);

  const baseUrl = publicUrl(config);
  await registerHttp(app, {
    adminToken,
    baseUrl,
    consoleDir: consoleDistDir,
    drivers,
    intake,
    accounts,
    contacts,
    conversations,
    messages,
    media,
    composer,
    templates,
    keywordRules,
    automationSettings,
    refLinks,
    bots,
    botPublisher,
    health: async () => ({
      database: database.dialect,
      queue: queue.transactional ? "sql" : "redis",
      pendingJobs: await queue.countPending(),
    }),
    mounts: options.mounts ?? [],
  });

  const runsWorker = config.ROLE !== "api";
  const runsApi = config.ROLE !== "worker";
  if (runsWorker) {
    queue.startWorker(
      {
        "process-webhook-event": processWebhookEventJob(inbound),
        "send-message": sendMessageJob(sender),
        "bot-timer": botTimerJob(botResume),
        // The executor's own transport pins the checked address: no other fetch is passed in.
        "bot-http-request": botHttpRequestJob(botResume, (request) =>
          executeBotHttpRequest(request, { allowPrivateNetworks: config.BOT_HTTP_ALLOW_PRIVATE_NETWORKS }),
        ),
        "download-media": downloadMediaJob({
          mediaDir: join(dataDir, "media"),
          accounts,
          drivers,
          media,
        }),
      },
      { concurrency: config.WORKER_CONCURRENCY ?? (database.dialect === "sqlite" ? 8 : 32) },
    );
  }
  const stopSweeper = runsWorker ? startSweeper({ queue, events, messages, log }) : () => {};
  if (runsApi) await app.listen({ port: config.PORT, host: config.HOST });
  else await app.ready();
  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : config.PORT;
  const url = config.PUBLIC_URL ?? `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${port}`;

  return {
    app,
    url,
    adminToken,
    database,
    queue,
    close: async () => {
      stopSweeper();
      await app.close();
      await queue.stop();
      await database.close();
    },
  };
}
