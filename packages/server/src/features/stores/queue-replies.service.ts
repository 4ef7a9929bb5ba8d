/**
 * Queue replies: when a conversation waits for a person (`pending`), the customer gets the offline message
 * outside business hours, or the instant reply during them — once per stay in the queue. The store whose
 * queue it is in decides (else the store that answers for the channel account, else the account's own
 * queue replies); the message goes through the bot outbox, so it is compiled and put to the send policy
 * like every automated message.
 */
import type { Transaction } from "kysely";
import type { NativePayload } from "@switchboard/core";
import type { Database } from "../../db/schema.js";
import type { AutomationSettingsRepository } from "../automation/automation-settings.repository.js";
import type { QueuedJob } from "../bots/bot-jobs.js";
import type { BotOutbox, OutboxResult } from "../bots/bot-outbox.js";
import type { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import type { ChannelDriver } from "../channels/channel-driver.js";
import type { ContactProfileRepository } from "../contacts/contact-profile.repository.js";
import type { ConversationRepository } from "../conversations/conversation.repository.js";
import { previewOfOutbound } from "../messages/message-preview.js";
import type { AccountQueueRepliesRepository } from "./account-queue-replies.repository.js";
import { chooseQueueReply } from "./choose-queue-reply.js";
import type { QueueReplyKind } from "./choose-queue-reply.js";
import type { QueueStayRepository } from "./queue-stay.repository.js";
import type { StoreRepository } from "./store.repository.js";
import type { QueueReplySettings } from "./store.js";

export interface QueueRepliesDeps {
  stores: StoreRepository;
  accountReplies: AccountQueueRepliesRepository;
  stays: QueueStayRepository;
  accounts: Pick<ChannelAccountRepository, "get">;
  drivers: ReadonlyMap<string, ChannelDriver>;
  profiles: Pick<ContactProfileRepository, "read">;
  automationSettings: Pick<AutomationSettingsRepository, "get">;
  conversations: Pick<ConversationRepository, "recordActivity">;
  outbox: BotOutbox;
}

export interface QueueEntry {
  conversationId: string;
  channelAccountId: string;
  contactId: string;
  /** Epoch ms: business hours are read at this instant. */
  now: number;
  /**
   * The inbound event's reply context (`ChannelDriver.replyContextOf`) when nothing else in the turn took
   * it: the queue reply is then the turn's first answer and uses it (on LINE, the reply token).
   */
  replyContext?: NativePayload;
}

export interface QueueReplyOutcome extends OutboxResult {
  /** The reply stored in this call; null when none applied or the stay already had one. */
  reply: QueueReplyKind | null;
}

/** The `send-message` jobs of a queue reply (none when it was refused or nothing applied). */
export function sendJobsOf(outcome: OutboxResult): QueuedJob[] {
  return outcome.sendIds.map((messageId) => ({ name: "send-message", payload: { messageId } }));
}

export class QueueReplies {
  constructor(private readonly deps: QueueRepliesDeps) {}

  /**
   * Call inside the transaction that leaves the conversation `pending` (created pending, handed over, or
   * released). Stores the queue reply that applies as pending (to send: enqueue `send-message` for each of
   * `sendIds` after, or in, the transaction) or refused, and records the stay so that repeated hand-overs
   * and redelivered webhooks store nothing more. Reads only through `trx` (SQLite has one connection).
   */
  async whenQueued(trx: Transaction<Database>, entry: QueueEntry): Promise<QueueReplyOutcome> {
    const nothing: QueueReplyOutcome = { reply: null, sendIds: [], refusedIds: [] };
    const { deps } = this;
    if (!(await deps.stays.awaitsReply(trx, entry.conversationId))) return nothing;
    const settings = await this.settingsFor(trx, entry.channelAccountId, entry.conversationId);
    const choice = settings === undefined ? undefined : chooseQueueReply(settings, entry.now);
    if (choice === undefined) return nothing;
    const account = await deps.accounts.get(entry.channelAccountId, trx);
    const driver = account === undefined ? undefined : deps.drivers.get(account.channel);
    if (account === undefined || driver === undefined) return nothing;
    if (!(await deps.stays.claim(trx, entry.conversationId, entry.now))) return nothing;

    const profile = await deps.profiles.read(trx, entry.contactId);
    const policy = await deps.automationSettings.get(entry.channelAccountId, trx);
    const message = { kind: "text" as const, text: choice.text };
    const outcome: QueueReplyOutcome = { reply: choice.kind, sendIds: [], refusedIds: [] };
    const recipient = {
      account,
      driver,
      conversationId: entry.conversationId,
      contactId: entry.contactId,
      lastInboundAt: await deps.stays.lastInboundAt(trx, entry.contactId),
      optOuts: profile.optOuts,
      settings: policy.sendPolicy,
      ...(entry.replyContext === undefined ? {} : { replyContext: entry.replyContext }),
    };
    await deps.outbox.store(trx, recipient, message, entry.now, outcome);
    await deps.conversations.recordActivity(trx, entry.conversationId, {
      at: entry.now,
      preview: previewOfOutbound(message),
    });
    return outcome;
  }

  /**
   * The settings of the store whose queue the conversation is in, else of the store answering for the
   * account, else the account's own; undefined when none has any.
   */
  private async settingsFor(
    trx: Transaction<Database>,
    channelAccountId: string,
    conversationId: string,
  ): Promise<QueueReplySettings | undefined> {
    const placed = await this.deps.stays.storeOf(trx, conversationId);
    const store =
      (placed === null ? undefined : await this.deps.stores.get(placed, trx)) ??
      (await this.deps.stores.forChannelAccount(channelAccountId, trx));
    return store ?? (await this.deps.accountReplies.get(channelAccountId, trx));
  }
}
