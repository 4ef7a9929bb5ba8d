/**
 * The services the HTTP routes and the worker share, wired by hand from the repositories: templates,
 * bots and their runtime, the queue replies, the inbound pipeline, the sender and the agent composer.
 */
import type { Kysely } from "kysely";
import { systemClock } from "@switchboard/core";
import type { FetchFn } from "@switchboard/core";
import type { Config } from "../config.js";
import type { GroupCommit } from "../db/group-commit.js";
import type { Database } from "../db/schema.js";
import type { EventBus } from "../events/event-bus.js";
import { StoredAutomationRules } from "../features/bots/automation-rules.js";
import { BotOutbox } from "../features/bots/bot-outbox.js";
import { BotPublisherService } from "../features/bots/bot-publisher.service.js";
import { BotResumeService } from "../features/bots/bot-resume.service.js";
import { BotTurnRunner } from "../features/bots/bot-turn-runner.js";
import { InboundAutomation } from "../features/bots/inbound-automation.js";
import { storedTemplateCheck } from "../features/bots/stored-template-check.js";
import type { ChannelDriver } from "../features/channels/channel-driver.js";
import { createWhatsAppTemplatesClient } from "../features/channels/whatsapp-templates-client.js";
import { IdleCloser } from "../features/conversations/idle-closer.js";
import { ChannelStateEvents } from "../features/inbound/channel-state-events.js";
import { InboundService } from "../features/inbound/inbound.service.js";
import { WebhookIntakeService } from "../features/inbound/webhook-intake.service.js";
import { MessageComposerService } from "../features/messages/message-composer.service.js";
import { OutboundSender } from "../features/messages/outbound-sender.js";
import { SavedReplyService } from "../features/saved-replies/saved-reply.service.js";
import { QueueReplies } from "../features/stores/queue-replies.service.js";
import { QueueStayRepository } from "../features/stores/queue-stay.repository.js";
import { TemplateRegistry } from "../features/templates/template-registry.js";
import type { JobQueue } from "../jobs/job-queue.js";
import { createCommentReplies } from "./comment-replies.js";
import { createQueueAssignment } from "./assignment.js";
import type { Repositories } from "./repositories.js";
import { ContinueClaims } from "../features/webchat/continue-claims.js";
import { createWebchat } from "../features/webchat/create-webchat.js";

export interface ServiceInputs {
  db: Kysely<Database>;
  groupCommit: GroupCommit;
  queue: JobQueue;
  changeEvents: EventBus;
  drivers: ReadonlyMap<string, ChannelDriver>;
  graphFetch: FetchFn;
  config: Config;
  repos: Repositories;
}

export type Services = ReturnType<typeof createServices>;

export function createServices(inputs: ServiceInputs) {
  const { db, groupCommit, queue, changeEvents, drivers, config, repos } = inputs;
  const templates = new TemplateRegistry({
    templates: repos.templateRows,
    accounts: repos.accounts,
    client: createWhatsAppTemplatesClient({
      fetch: inputs.graphFetch,
      graphUrl: config.META_GRAPH_URL,
      graphVersion: config.META_GRAPH_VERSION,
    }),
  });
  const automationRules = new StoredAutomationRules(
    repos.keywordRules,
    repos.refLinks,
    repos.automationSettings,
  );
  const botPublisher = new BotPublisherService({
    bots: repos.bots,
    accounts: repos.accounts,
    drivers,
    // Comment rules open modules too (when the customer answers the private reply).
    entryModules: async (ids) => [
      ...(await automationRules.entryModules(ids)),
      ...(await repos.commentRules.entryModules(ids)),
    ],
    storeIds: async () => (await repos.stores.list()).map((store) => store.id),
  });
  const botOutbox = new BotOutbox(repos.messages, storedTemplateCheck);
  // Offline and instant replies when a conversation enters the human queue.
  const queueReplies = new QueueReplies({
    stores: repos.stores,
    accountReplies: repos.accountQueueReplies,
    stays: new QueueStayRepository(),
    accounts: repos.accounts,
    drivers,
    profiles: repos.profiles,
    automationSettings: repos.automationSettings,
    conversations: repos.conversations,
    outbox: botOutbox,
  });
  // Which store's queue a waiting conversation is in, and who of its agents gets it.
  const queueAssignment = createQueueAssignment(inputs, queueReplies);
  const botRunner = new BotTurnRunner(repos.bots, repos.profiles, botOutbox);
  const shared = { groupCommit, queue, drivers, accounts: repos.accounts, contacts: repos.contacts };
  const botResume = new BotResumeService({
    ...shared,
    conversations: repos.conversations,
    rules: automationRules,
    bots: repos.bots,
    runner: botRunner,
    events: changeEvents,
    queueReplies,
    queueEntry: queueAssignment,
  });
  const composer = new MessageComposerService({
    db,
    clock: systemClock,
    drivers,
    accounts: repos.accounts,
    contacts: repos.contacts,
    conversations: repos.conversations,
    messages: repos.messages,
    queue,
    templates,
    profiles: repos.profiles,
    rules: automationRules,
    events: changeEvents,
  });
  const commentReplies = createCommentReplies(inputs);
  const inbound = new InboundService({
    ...shared,
    db,
    conversations: repos.conversations,
    messages: repos.messages,
    events: repos.events,
    templates,
    automation: new InboundAutomation(botRunner, botOutbox, repos.profiles, automationRules),
    channelStateEvents: new ChannelStateEvents({
      groupCommit,
      contacts: repos.contacts,
      messages: repos.messages,
      profiles: repos.profiles,
      changeEvents,
    }),
    rules: automationRules,
    bots: repos.bots,
    changeEvents,
    queueReplies,
    queueEntry: queueAssignment,
    inboxSettings: repos.inboxSettings,
    commentReplies,
    continueClaims: new ContinueClaims(repos.continueCodes, repos.contacts, repos.personLinks),
  });
  return {
    queueAssignment,
    commentReplies,
    templates,
    botPublisher,
    queueReplies,
    botResume,
    composer,
    inbound,
    idleCloser: new IdleCloser(repos.inboxSettings, repos.conversations, changeEvents, (ids) =>
      queueAssignment.afterClosed(ids),
    ),
    sender: new OutboundSender(groupCommit, repos.messages, repos.accounts, drivers, changeEvents),
    intake: new WebhookIntakeService(groupCommit, repos.accounts, repos.events, queue),
    webchat: createWebchat({
      ...inputs,
      intake: new WebhookIntakeService(groupCommit, repos.accounts, repos.events, queue),
    }),
    savedReplies: new SavedReplyService({
      replies: repos.savedReplyRows,
      drivers,
      conversations: repos.conversations,
      contacts: repos.contacts,
    }),
  };
}
