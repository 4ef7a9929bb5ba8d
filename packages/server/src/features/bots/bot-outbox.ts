/**
 * Where the bot's messages go: each is compiled for the channel and put to the send policy; an allowed
 * message is stored pending (the outbox) for the sender, a refused one is stored as refused with the reason.
 */
import type { Transaction } from "kysely";
import { decideSend } from "@switchboard/core";
import type { NativePayload, OptOut, OutboundMessage, SendPolicySettings } from "@switchboard/core";
import type { Database } from "../../db/schema.js";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";
import type { ChannelDriver } from "../channels/channel-driver.js";
import type { MessageRepository } from "../messages/message.repository.js";

/**
 * Checks a template message against the account's stored templates, reading with `db` (the turn's
 * transaction): the reasons it cannot be sent, none when it can.
 */
export type TemplateSendCheck = (
  db: Transaction<Database>,
  channelAccountId: string,
  message: Extract<OutboundMessage, { kind: "template" }>,
) => Promise<string[]>;

export interface OutboxRecipient {
  account: ChannelAccountWithSecrets;
  driver: ChannelDriver;
  conversationId: string;
  contactId: string;
  /** The contact's platform id, when known: the sender then need not read it back. */
  contactExternalId?: string;
  lastInboundAt: number | null;
  optOuts: readonly OptOut[];
  settings: SendPolicySettings;
  /** The inbound event's reply context (`ChannelDriver.replyContextOf`): the turn's first send takes it. */
  replyContext?: NativePayload;
}

export interface OutboxResult {
  /** Stored as pending: to be sent. */
  sendIds: string[];
  refusedIds: string[];
}

export class BotOutbox {
  constructor(
    private readonly messages: MessageRepository,
    private readonly checkTemplate: TemplateSendCheck | undefined,
  ) {}

  async store(
    trx: Transaction<Database>,
    to: OutboxRecipient,
    message: OutboundMessage,
    now: number,
    result: OutboxResult,
  ): Promise<void> {
    const base = {
      conversationId: to.conversationId,
      channelAccountId: to.account.id,
      contactId: to.contactId,
      author: "bot" as const,
      content: message,
    };
    const refuse = async (code: string, reason: string) => {
      result.refusedIds.push(await this.messages.insertRefused(trx, base, { code, reason }));
    };
    const compiled = to.driver.compile(message);
    if (!compiled.ok) {
      const problems = compiled.error.map((v) => v.message).join("; ");
      return refuse("message_invalid", `The message does not fit ${to.driver.kind}: ${problems}`);
    }
    const decision = decideSend({
      channel: to.account.channel,
      message: { kind: message.kind },
      purpose: "automation",
      contact: { lastInboundAt: to.lastInboundAt, optOuts: to.optOuts },
      settings: to.settings,
      recentSends: await this.recentSends(trx, to, now),
      now,
    });
    if (!decision.allowed) return refuse(decision.code, decision.reason);
    if (message.kind === "template" && this.checkTemplate !== undefined) {
      const reasons = await this.checkTemplate(trx, to.account.id, message);
      if (reasons.length > 0) return refuse("template_not_sendable", reasons.join("; "));
    }
    const decided = to.driver.withSendDecision?.(compiled.value, decision) ?? compiled.value;
    // A reply context is single-use (LINE's reply token): the turn's first send takes it, the rest push.
    const context = result.sendIds.length === 0 ? to.replyContext : undefined;
    const nativePayload =
      context === undefined ? decided : (to.driver.withReplyContext?.(decided, context) ?? decided);
    result.sendIds.push(
      await this.messages.insertOutbound(trx, {
        ...base,
        nativePayload,
        ...(to.contactExternalId === undefined ? {} : { recipientExternalId: to.contactExternalId }),
      }),
    );
  }

  /** Earlier sends to the contact within the longest frequency cap; none to read when there is no cap. */
  private async recentSends(
    trx: Transaction<Database>,
    to: OutboxRecipient,
    now: number,
  ): Promise<{ at: number }[]> {
    const caps = to.settings.frequencyCaps ?? [];
    if (caps.length === 0) return [];
    const span = Math.max(...caps.map((cap) => cap.perMs));
    return this.messages.sentToContactSince(trx, to.contactId, now - span);
  }
}
