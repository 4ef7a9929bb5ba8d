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
import type { TemplateRegistry } from "../templates/template-registry.js";
import type { AutomationRules } from "../bots/automation-rules.js";
import type { ContactProfileRepository } from "../contacts/contact-profile.repository.js";
import type { Message } from "./message.js";
import type { MessageRepository } from "./message.repository.js";
import { previewOfOutbound } from "./message-preview.js";
import type { JobQueue } from "../../jobs/job-queue.js";
import { conversationActivity, messageChanged } from "../../events/change-event.js";
import type { EventBus } from "../../events/event-bus.js";
import { publishAll } from "../../events/event-bus.js";

export interface MessageComposerDeps {
  db: Kysely<Database>;
  clock: Clock;
  drivers: ReadonlyMap<string, ChannelDriver>;
  accounts: ChannelAccountRepository;
  contacts: ContactRepository;
  conversations: ConversationRepository;
  messages: MessageRepository;
  queue: JobQueue;
  /** Decides whether a `template` message names an approved template it fits. */
  templates: Pick<TemplateRegistry, "requireSendable">;
  /** The contact's opt-outs. */
  profiles: ContactProfileRepository;
  /** The account's send policy settings. */
  rules: Pick<AutomationRules, "snapshot">;
  /** Where stored messages are announced (the console's live updates). */
  events: EventBus;
}

export class MessageComposerService {
  constructor(private readonly deps: MessageComposerDeps) {}

  /**
   * Sends as an agent. With `agentUserId`, the message is credited to that user and, when nobody handles
   * the conversation yet, it becomes theirs (in progress).
   */
  async sendAsAgent(
    conversationId: string,
    message: OutboundMessage,
    agentUserId: string | null = null,
  ): Promise<Message> {
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
    // A template must be approved and fit (422 template_not_sendable), before anything is stored.
    if (message.kind === "template") await this.deps.templates.requireSendable(account.id, message);
    // The one send policy decides, with the contact's opt-outs and the account's own rules.
    const now = this.deps.clock.now();
    const settings = (await this.deps.rules.snapshot(account.id)).sendPolicy;
    const caps = settings.frequencyCaps ?? [];
    const decision = decideSend({
      channel: account.channel,
      message: { kind: message.kind },
      purpose: "agent",
      contact: {
        lastInboundAt: contact.lastInboundAt,
        optOuts: (await this.deps.profiles.read(this.deps.db, contact.id)).optOuts,
      },
      settings,
      recentSends:
        caps.length === 0
          ? []
          : await this.deps.messages.sentToContactSince(
              this.deps.db,
              contact.id,
              now - Math.max(...caps.map((cap) => cap.perMs)),
            ),
      now,
    });
    const draft = {
      conversationId,
      channelAccountId: account.id,
      contactId: contact.id,
      author: "agent" as const,
      authorUserId: agentUserId,
      content: message,
    };
    if (!decision.allowed) {
      // The refusal is kept in the thread too, so everyone sees what was not sent and why.
      const refusedId = await this.deps.messages.insertRefused(this.deps.db, draft, {
        code: decision.code,
        reason: decision.reason,
      });
      this.deps.events.publish(messageChanged(conversationId, refusedId));
      throw new AppError(decision.code, 409, decision.reason, {
        details: { fallback: decision.fallback, messageId: refusedId },
      });
    }
    const id = await this.deps.db.transaction().execute(async (trx) => {
      const stored = await this.deps.messages.insertOutbound(trx, {
        ...draft,
        nativePayload: driver.withSendDecision?.(compiled.value, decision) ?? compiled.value,
      });
      if (agentUserId !== null && conversation.assignedUserId === null && conversation.status !== "closed") {
        await this.deps.conversations.assign(conversationId, { assignedUserId: agentUserId }, trx);
        await this.deps.conversations.setStatus(conversationId, "in_progress", trx);
      }
      await this.deps.conversations.recordActivity(trx, conversationId, {
        at: this.deps.clock.now(),
        preview: previewOfOutbound(message),
      });
      if (this.deps.queue.transactional)
        await this.deps.queue.enqueue("send-message", { messageId: stored }, { transaction: trx });
      return stored;
    });
    publishAll(this.deps.events, conversationActivity(conversationId, [id]));
    if (!this.deps.queue.transactional) await this.deps.queue.enqueue("send-message", { messageId: id });
    const stored = await this.deps.messages.get(id);
    if (stored === undefined) throw new Error(`message ${id} vanished after it was stored`);
    return stored;
  }
}
