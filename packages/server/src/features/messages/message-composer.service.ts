/**
 * An agent's message from the console or the API: checked against the customer service window and the
 * channel's limits, stored, then sent. Refusals say why, before anything reaches the platform.
 */
import type { Kysely } from "kysely";
import { AppError, decideSend } from "@switchboard/core";
import type { Clock, OutboundMessage } from "@switchboard/core";
import type { Database } from "../../db/schema.js";
import type { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import type { ChannelDriver } from "../channels/channel-driver.js";
import type { ContactRepository } from "../contacts/contact.repository.js";
import type { ConversationRepository } from "../conversations/conversation.repository.js";
import type { Message } from "./message.js";
import type { MessageRepository } from "./message.repository.js";
import { previewOfOutbound } from "./message-preview.js";
import type { JobQueue } from "../../jobs/job-queue.js";

export interface MessageComposerDeps {
  db: Kysely<Database>;
  clock: Clock;
  drivers: ReadonlyMap<string, ChannelDriver>;
  accounts: ChannelAccountRepository;
  contacts: ContactRepository;
  conversations: ConversationRepository;
  messages: MessageRepository;
  queue: JobQueue;
}

export class MessageComposerService {
  constructor(private readonly deps: MessageComposerDeps) {}

  async sendAsAgent(conversationId: string, message: OutboundMessage): Promise<Message> {
    const conversation = await this.deps.conversations.get(conversationId);
    if (conversation === undefined)
      throw new AppError("not_found", 404, `conversation ${conversationId} does not exist`);
    const account = await this.deps.accounts.get(conversation.channelAccountId);
    const driver = account === undefined ? undefined : this.deps.drivers.get(account.channel);
    const contact = await this.deps.contacts.get(conversation.contactId);
    if (account === undefined || driver === undefined || contact === undefined) {
      throw new AppError(
        "not_found",
        404,
        `conversation ${conversationId}: its channel account or contact is gone`,
      );
    }
    const compiled = driver.compile(message);
    if (!compiled.ok) {
      throw new AppError(
        "message_invalid",
        422,
        `message: ${compiled.error.length} limit(s) of ${driver.kind} broken`,
        {
          details: { violations: compiled.error },
        },
      );
    }
    // The one send policy decides (opt-outs, caps and quiet hours join when contacts carry them).
    const decision = decideSend({
      channel: account.channel,
      message: { kind: message.kind },
      purpose: "agent",
      contact: { lastInboundAt: contact.lastInboundAt, optOuts: [] },
      settings: {},
      recentSends: [],
      now: this.deps.clock.now(),
    });
    if (!decision.allowed) {
      throw new AppError(decision.code, 409, decision.reason, { details: { fallback: decision.fallback } });
    }
    const id = await this.deps.db.transaction().execute(async (trx) => {
      const stored = await this.deps.messages.insertOutbound(trx, {
        conversationId,
        channelAccountId: account.id,
        contactId: contact.id,
        author: "agent",
        content: message,
        nativePayload: compiled.value,
      });
      await this.deps.conversations.recordActivity(trx, conversationId, {
        at: this.deps.clock.now(),
        preview: previewOfOutbound(message),
      });
      if (this.deps.queue.transactional)
        await this.deps.queue.enqueue("send-message", { messageId: stored }, { transaction: trx });
      return stored;
    });
    if (!this.deps.queue.transactional) await this.deps.queue.enqueue("send-message", { messageId: id });
    const stored = await this.deps.messages.get(id);
    if (stored === undefined) throw new Error(`message ${id} vanished after it was stored`);
    return stored;
  }
}
