/**
 * Resumes a conversation's bot when something it waited for arrives outside a customer message: a wait
 * node's timer, or the answer to an HTTP request node. Silent while a person handles the conversation.
 */
import type { BotEvent } from "@switchboard/engine";
import type { GroupCommit } from "../../db/group-commit.js";
import type { JobQueue } from "../../jobs/job-queue.js";
import type { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import type { ChannelDriver } from "../channels/channel-driver.js";
import type { ContactRepository } from "../contacts/contact.repository.js";
import type { ConversationRepository } from "../conversations/conversation.repository.js";
import type { AutomationRules } from "./automation-rules.js";
import type { BotRepository } from "./bot.repository.js";
import type { QueuedJob } from "./bot-jobs.js";
import { enqueueJobs } from "./bot-jobs.js";
import type { BotTurnRunner, TurnOutcome } from "./bot-turn-runner.js";
import { readStoredBotState } from "./stored-bot-state.js";
import { automationMayAnswer, statusAfterTurn } from "../conversations/conversation-status.js";
import { conversationActivity } from "../../events/change-event.js";
import type { ChangeEvent } from "../../events/change-event.js";
import type { EventBus } from "../../events/event-bus.js";
import { publishAll } from "../../events/event-bus.js";
import { sendJobsOf } from "../stores/queue-replies.service.js";
import type { QueueReplies } from "../stores/queue-replies.service.js";
import type { QueueAssignment } from "../assignment/queue-assignment.service.js";

export interface BotResumeDeps {
  groupCommit: GroupCommit;
  queue: JobQueue;
  drivers: ReadonlyMap<string, ChannelDriver>;
  accounts: ChannelAccountRepository;
  contacts: ContactRepository;
  conversations: ConversationRepository;
  rules: AutomationRules;
  bots: BotRepository;
  runner: BotTurnRunner;
  /** Where the turn's changes are announced after its commit (the console's live updates). */
  events: EventBus;
  /** The offline or instant reply when the bot hands the conversation over to people. */
  queueReplies: QueueReplies;
  /** Puts a handed-over conversation in its store's queue, with its queue reply and assignment. */
  queueEntry?: Pick<QueueAssignment, "whenQueued">;
}

/** The jobs a turn leaves: its sends, then its timers and HTTP calls. */
export function jobsOf(outcome: TurnOutcome): QueuedJob[] {
  const sends: QueuedJob[] = outcome.sendIds.map((messageId) => ({
    name: "send-message",
    payload: { messageId },
  }));
  return [...sends, ...outcome.jobs];
}

export class BotResumeService {
  constructor(private readonly deps: BotResumeDeps) {}

  /** The bot state a conversation waits in, for the HTTP job to check its token is still wanted. */
  async isWaitingFor(conversationId: string, token: string): Promise<boolean> {
    const conversation = await this.deps.conversations.get(conversationId);
    const pending = readStoredBotState(conversation?.botState)?.state.pending;
    return pending != null && "token" in pending && pending.token === token;
  }

  async resume(
    conversationId: string,
    event: Extract<BotEvent, { type: "timer" | "http_response" }>,
  ): Promise<void> {
    const { deps } = this;
    // Everything but the conversation is read before the transaction (SQLite: one connection).
    const before = await deps.conversations.get(conversationId);
    if (before === undefined) return;
    const account = await deps.accounts.get(before.channelAccountId);
    const driver = account === undefined ? undefined : deps.drivers.get(account.channel);
    const contact = await deps.contacts.get(before.contactId);
    if (account === undefined || driver === undefined || contact === undefined) return;
    const rules = await deps.rules.snapshot(account.id);
    const published = await deps.bots.publishedFor(account.id);
    let changed: ChangeEvent[] = [];
    const jobs = await deps.groupCommit.run(async (trx) => {
      const conversation = await deps.conversations.lockForTurn(trx, conversationId);
      // A person handles it, or it is closed: the bot stays quiet.
      if (conversation === undefined || !automationMayAnswer(conversation.status)) return [];
      const now = Date.now();
      const outcome = await deps.runner.run(
        trx,
        {
          account,
          driver,
          conversationId,
          contactId: contact.id,
          lastInboundAt: contact.lastInboundAt,
          storedState: conversation.botState,
          published,
          settings: rules.sendPolicy,
        },
        event,
        now,
      );
      if (!outcome.acted || outcome.storedState === undefined) return [];
      const status = statusAfterTurn(conversation.status, outcome);
      await deps.conversations.recordActivity(trx, conversationId, {
        at: outcome.sendIds.length + outcome.refusedIds.length > 0 ? now : conversation.lastMessageAt,
        preview: outcome.lastPreview ?? conversation.lastMessagePreview,
        botState: outcome.storedState,
        status,
      });
      // Handed over to people: the queue reply, once per stay in the queue.
      const queueReply =
        status === "pending"
          ? await (deps.queueEntry ?? deps.queueReplies).whenQueued(trx, {
              conversationId,
              channelAccountId: account.id,
              contactId: contact.id,
              now,
              ...(outcome.storeKeys === undefined ? {} : { storeKeys: outcome.storeKeys }),
            })
          : undefined;
      changed = conversationActivity(conversationId, [
        ...outcome.sendIds,
        ...outcome.refusedIds,
        ...(queueReply?.sendIds ?? []),
        ...(queueReply?.refusedIds ?? []),
      ]);
      const queued = [...jobsOf(outcome), ...(queueReply === undefined ? [] : sendJobsOf(queueReply))];
      if (deps.queue.transactional) {
        await enqueueJobs(deps.queue, queued, trx);
        return [];
      }
      return queued;
    });
    publishAll(deps.events, changed);
    await enqueueJobs(deps.queue, jobs, undefined);
  }
}
