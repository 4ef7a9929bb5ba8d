/**
 * Processes one stored webhook event in the worker: a customer message upserts the contact, the
 * conversation and the message, then lets the bot answer (answers are stored first, sent after commit);
 * a status moves an outbound message forward. Idempotent: a redelivered event changes nothing.
 */
import type { Kysely } from "kysely";
import type { InboundMessageEvent, NativePayload, StatusEvent } from "@switchboard/core";
import type { GroupCommit } from "../../db/group-commit.js";
import type { Database } from "../../db/schema.js";
import { RetryLaterError } from "../../jobs/job-queue.js";
import type { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";
import type { ChannelDriver } from "../channels/channel-driver.js";
import type { ContactRepository } from "../contacts/contact.repository.js";
import type { ConversationRepository } from "../conversations/conversation.repository.js";
import { enqueueJobs } from "../bots/bot-jobs.js";
import type { QueuedJob } from "../bots/bot-jobs.js";
import { jobsOf } from "../bots/bot-resume.service.js";
import type { AutomationEntry, InboundAutomation } from "../bots/inbound-automation.js";
import { postbackAsMessage, referralAsMessage } from "./channel-event-as-message.js";
import type { ChannelStateEvents } from "./channel-state-events.js";
import type { AutomationRules } from "../bots/automation-rules.js";
import type { BotRepository } from "../bots/bot.repository.js";
import type { MessageRepository } from "../messages/message.repository.js";
import type { TemplateRegistry } from "../templates/template-registry.js";
import { previewOfInbound } from "../messages/message-preview.js";
import type { JobQueue } from "../../jobs/job-queue.js";
import { applyStatusOfEvent } from "./apply-status.js";
import type { WebhookEventRepository } from "./webhook-event.repository.js";
import { automationMayAnswer, statusAfterTurn } from "../conversations/conversation-status.js";
import { conversationActivity, messageChanged } from "../../events/change-event.js";
import type { ChangeEvent } from "../../events/change-event.js";
import type { EventBus } from "../../events/event-bus.js";
import { publishAll } from "../../events/event-bus.js";
import { sendJobsOf } from "../stores/queue-replies.service.js";
import type { QueueReplies } from "../stores/queue-replies.service.js";
import type { QueueAssignment } from "../assignment/queue-assignment.service.js";
import type { InboxSettingsRepository } from "../conversations/inbox-settings.repository.js";
import type { CommentReplyService } from "../comment-replies/comment-reply.service.js";
import type { ContinueClaims } from "../webchat/continue-claims.js";

export interface InboundServiceDeps {
  db: Kysely<Database>;
  groupCommit: GroupCommit;
  drivers: ReadonlyMap<string, ChannelDriver>;
  accounts: ChannelAccountRepository;
  contacts: ContactRepository;
  conversations: ConversationRepository;
  messages: MessageRepository;
  events: WebhookEventRepository;
  /** Applies WhatsApp template status updates (review results, pauses) to the template registry. */
  templates: Pick<TemplateRegistry, "applyStatusEvent">;
  automation: InboundAutomation;
  /** Read and delivery watermarks, follows and unfollows. */
  channelStateEvents: ChannelStateEvents;
  rules: AutomationRules;
  bots: BotRepository;
  queue: JobQueue;
  /** Where the changes are announced after each commit (the console's live updates). */
  changeEvents: EventBus;
  /** The offline or instant reply when a turn leaves the conversation waiting for a person. */
  queueReplies: QueueReplies;
  /** Puts a conversation waiting for a person in its store's queue, with its queue reply and assignment. */
  queueEntry?: Pick<QueueAssignment, "whenQueued">;
  /** Where a returning customer lands. */
  inboxSettings: InboxSettingsRepository;
  /** Answers comments on posts, and opens the module a private reply promised when the customer answers. */
  commentReplies?: Pick<CommentReplyService, "handle" | "moduleEntryFor">;
  /** Joins a web chat visitor with this contact when the message carries their "continue on" code. */
  continueClaims?: Pick<ContinueClaims, "claimFromInbound">;
}

/** How long a status may wait for the message it refers to (its send answer may still be on the way). */
const STATUS_WAIT_MS = 300;

export class InboundService {
  constructor(private readonly deps: InboundServiceDeps) {}

  async processEvent(eventId: string, attempt: number): Promise<void> {
    const stored = await this.deps.events.get(eventId);
    if (stored === undefined || stored.processedAt !== null) return;
    const driver = this.deps.drivers.get(stored.channel);
    const account = await this.deps.accounts.get(stored.channelAccountId);
    if (driver === undefined || account === undefined) {
      await this.deps.events.markProcessed(this.deps.db, eventId);
      return;
    }
    const toQueue: QueuedJob[] = [];
    const events = driver.parseWebhook(stored.payload);
    const handledInTransaction =
      events.length > 0 && events.every((e) => e.type === "message" || e.type === "status");
    for (const event of events) {
      if (event.type === "message") {
        const entry = await this.deps.commentReplies?.moduleEntryFor(account.id, event.sender.externalId);
        const replyContext = driver.replyContextOf?.(event);
        toQueue.push(...(await this.processMessage(eventId, account, event, driver, replyContext, entry)));
      } else if (event.type === "comment") await this.deps.commentReplies?.handle(account, event, eventId);
      else if (event.type === "status") await this.processStatus(eventId, account, event, attempt);
      else if (event.type === "template_status")
        await this.deps.templates.applyStatusEvent(account.id, event, attempt);
      else if (event.type === "postback" || event.type === "referral") {
        const { message, entry } =
          event.type === "postback" ? postbackAsMessage(event) : referralAsMessage(event);
        const replyContext = driver.replyContextOf?.(event);
        toQueue.push(...(await this.processMessage(eventId, account, message, driver, replyContext, entry)));
      } else if (event.type === "status_watermark")
        await this.deps.channelStateEvents.applyWatermark(account, event);
      else if (event.type === "subscription")
        await this.deps.channelStateEvents.applySubscription(account, event);
      // Echoes of what we sent are kept as the raw event only (marked processed below).
    }
    // Message and status events are marked inside their own transaction; this covers the others.
    if (!handledInTransaction) await this.deps.events.markProcessed(this.deps.db, eventId);
    await enqueueJobs(this.deps.queue, toQueue, undefined);
  }

  private async processMessage(
    eventId: string,
    account: ChannelAccountWithSecrets,
    event: InboundMessageEvent,
    driver: ChannelDriver,
    replyContext: NativePayload | undefined,
    entry?: AutomationEntry,
  ): Promise<QueuedJob[]> {
    // Read before the transaction: SQLite has one connection, so nothing may read beside it.
    const rules = await this.deps.rules.snapshot(account.id);
    const published = await this.deps.bots.publishedFor(account.id);
    const inbox = await this.deps.inboxSettings.cached(account.id);
    let changed: ChangeEvent[] = [];
    const queued = await this.deps.groupCommit.run(async (trx) => {
      const contact = await this.deps.contacts.upsertFromInbound(
        trx,
        account.id,
        event.sender,
        event.timestamp,
      );
      const conversation = await this.deps.conversations.openForContact(
        trx,
        account.id,
        contact.id,
        event.timestamp,
        // A new conversation starts with the bot when the account runs one, else waits for a person;
        // a customer returning after a close reaches what the inbox settings say.
        published === undefined ? "pending" : "bot",
        published === undefined ? "pending" : inbox.reopenTo,
      );
      const messageId = await this.deps.messages.insertInbound(trx, {
        conversationId: conversation.id,
        channelAccountId: account.id,
        contactId: contact.id,
        providerMessageId: event.providerMessageId,
        content: event.content,
        nativePayload: event.raw,
        at: event.timestamp,
      });
      await this.deps.events.markProcessed(trx, eventId);
      if (messageId === undefined) return [];
      const ref = entry?.kind === "ref" ? entry.code : event.referral?.ref;
      await this.deps.continueClaims?.claimFromInbound(trx, account.id, contact.id, event.content, ref);
      if (event.content.kind === "media") {
        const job = { channelAccountId: account.id, providerMediaId: event.content.mediaId };
        await this.deps.queue.enqueue(
          "download-media",
          job,
          this.deps.queue.transactional ? { transaction: trx } : {},
        );
      }
      const preview = previewOfInbound(event.content);
      // A person is handling the conversation: automation stays quiet.
      const now = Date.now();
      const reply = !automationMayAnswer(conversation.status)
        ? undefined
        : await this.deps.automation.answer(
            trx,
            {
              account,
              driver,
              conversationId: conversation.id,
              contactId: contact.id,
              contactExternalId: contact.externalId,
              lastInboundAt: contact.lastInboundAt,
              storedState: conversation.botState,
              published,
              rules,
              waitingForPerson: conversation.status === "pending",
              ...(replyContext === undefined ? {} : { replyContext }),
            },
            event.content,
            now,
            entry,
          );
      const answered = reply !== undefined && reply.sendIds.length + reply.refusedIds.length > 0;
      const status = reply === undefined ? conversation.status : statusAfterTurn(conversation.status, reply);
      await this.deps.conversations.recordActivity(trx, conversation.id, {
        at: answered ? now : event.timestamp,
        preview: reply?.lastPreview ?? preview,
        inboundAt: event.timestamp,
        ...(reply?.storedState === undefined ? {} : { botState: reply.storedState }),
        ...(reply === undefined ? {} : { status }),
      });
      // Waiting for a person (opened pending, or handed over): the queue reply, once per stay in the queue.
      // When the bot sent nothing this turn, the queue reply is the turn's first answer: it takes the
      // event's reply context (on LINE it replies with the token instead of pushing).
      const queueReplyContext = (reply?.sendIds.length ?? 0) === 0 ? replyContext : undefined;
      const queueReply =
        status === "pending"
          ? await (this.deps.queueEntry ?? this.deps.queueReplies).whenQueued(trx, {
              conversationId: conversation.id,
              channelAccountId: account.id,
              contactId: contact.id,
              now,
              ...(reply?.storeKeys === undefined ? {} : { storeKeys: reply.storeKeys }),
              ...(queueReplyContext === undefined ? {} : { replyContext: queueReplyContext }),
            })
          : undefined;
      changed = conversationActivity(conversation.id, [
        messageId,
        ...(reply?.sendIds ?? []),
        ...(reply?.refusedIds ?? []),
        ...(queueReply?.sendIds ?? []),
        ...(queueReply?.refusedIds ?? []),
      ]);
      const jobs = [
        ...(reply === undefined ? [] : jobsOf(reply)),
        ...(queueReply === undefined ? [] : sendJobsOf(queueReply)),
      ];
      if (jobs.length === 0) return [];
      if (!this.deps.queue.transactional) return jobs;
      await enqueueJobs(this.deps.queue, jobs, trx);
      return [];
    });
    // Only once committed: a listener that fetches at once must find the change.
    publishAll(this.deps.changeEvents, changed);
    return queued;
  }

  private async processStatus(
    eventId: string,
    account: ChannelAccountWithSecrets,
    event: StatusEvent,
    attempt: number,
  ): Promise<void> {
    const error = event.errors[0];
    const applied = await applyStatusOfEvent(
      this.deps,
      eventId,
      {
        channelAccountId: account.id,
        providerMessageId: event.providerMessageId,
        ...(event.callbackData === undefined ? {} : { ownId: event.callbackData }),
      },
      {
        status: event.status,
        at: event.timestamp,
        ...(error === undefined
          ? {}
          : {
              errorCode: error.code,
              errorReason: error.details ?? error.message ?? error.title ?? `Error ${error.code}`,
            }),
      },
    );
    // The status can overtake the answer to our send request; give that answer a moment to be stored.
    if (applied) {
      this.deps.changeEvents.publish(messageChanged(applied.conversationId, applied.messageId));
      return;
    }
    if (attempt < 5)
      throw new RetryLaterError("status for a message not stored yet", STATUS_WAIT_MS * attempt);
    // A status for a message this server never sent (another tool shares the number): keep it, act on nothing.
    await this.deps.events.markProcessed(this.deps.db, eventId);
  }
}
