/**
 * Sends stored outbound messages (the outbox) to their platform. A message and its `send-message` job are
 * stored in one transaction; a send that fails for a passing reason is retried by the job with backoff,
 * one that the platform refuses for good marks the message failed with the platform's code and reason.
 */
import { ChannelError } from "@switchboard/core";
import type { NativePayload } from "@switchboard/core";
import { z } from "zod";
import type { GroupCommit } from "../../db/group-commit.js";
import { readJsonColumn } from "../../db/json-column.js";
import { RetryLaterError } from "../../jobs/job-queue.js";
import type { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import type { ChannelDriver } from "../channels/channel-driver.js";
import type { MessageRepository } from "./message.repository.js";
import { messageChanged } from "../../events/change-event.js";
import type { EventBus } from "../../events/event-bus.js";

const NativePayloadSchema = z.record(z.string(), z.unknown());

export type SendOutcome = "accepted" | "failed" | "retry" | "skipped";

export class OutboundSender {
  constructor(
    private readonly groupCommit: GroupCommit,
    private readonly messages: MessageRepository,
    private readonly accounts: ChannelAccountRepository,
    private readonly drivers: ReadonlyMap<string, ChannelDriver>,
    /** Hears of every state the sender gives a message (accepted, failed). */
    private readonly events: EventBus,
  ) {}

  /**
   * One attempt. `final` is true on the last attempt the queue will make: a passing failure then marks the
   * message failed instead of asking for another try.
   */
  async send(messageId: string, options: { final: boolean; attempt: number }): Promise<SendOutcome> {
    const entry = await this.messages.outboxEntry(messageId);
    if (entry === undefined || entry.status !== "pending" || entry.nativePayload === null) return "skipped";
    const account = await this.accounts.get(entry.channelAccountId);
    const driver = account === undefined ? undefined : this.drivers.get(account.channel);
    if (account === undefined || driver === undefined) {
      await this.messages.markFailed(messageId, null, "The channel account no longer exists.");
      this.events.publish(messageChanged(entry.conversationId, messageId));
      return "failed";
    }
    const payload: NativePayload = readJsonColumn(
      NativePayloadSchema,
      entry.nativePayload,
      "messages.native_payload",
    );
    let providerMessageId: string;
    try {
      const receipt = await driver.send(account, entry.recipientExternalId, payload, {
        ownId: messageId,
        attempt: options.attempt,
      });
      providerMessageId = receipt.providerMessageId;
    } catch (error) {
      if (error instanceof ChannelError && (!error.retryable || options.final)) {
        await this.messages.markFailed(messageId, error.platformCode ?? null, error.message);
        this.events.publish(messageChanged(entry.conversationId, messageId));
        return "failed";
      }
      if (error instanceof ChannelError && error.retryAfterMs !== undefined) {
        throw new RetryLaterError(error.message, error.retryAfterMs);
      }
      if (error instanceof ChannelError) return "retry";
      throw error;
    }
    // Outside the try: once the platform has the message, a failure here must not send it again.
    await this.groupCommit.runStatement((db) => this.messages.markAccepted(db, messageId, providerMessageId));
    this.events.publish(messageChanged(entry.conversationId, messageId));
    return "accepted";
  }

  /** The queue gives up on a message (its last attempt failed unexpectedly): say so on the message. */
  async giveUp(messageId: string, error: unknown): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error);
    await this.messages.markFailed(messageId, null, `Sending failed: ${reason}`);
    const message = await this.messages.get(messageId);
    if (message !== undefined) this.events.publish(messageChanged(message.conversationId, messageId));
  }
}
