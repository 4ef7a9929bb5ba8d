/**
 * Sends the one private reply of a comment (PLATFORMS.md B7): checked first (exactly one per comment,
 * within 7 days of it; a refusal never reaches Meta), compiled for the platform, sent with
 * `recipient: { comment_id }`, and the outcome recorded on the handled comment.
 */
import { checkPrivateReply } from "@switchboard/channels";
import { ChannelError } from "@switchboard/core";
import type { OutboundMessage } from "@switchboard/core";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";
import type { ChannelDriver } from "../channels/channel-driver.js";
import type { CommentReplyClient } from "./comment-reply-client.js";
import type { HandledComment } from "./comment-rule.js";
import type { HandledCommentRepository } from "./handled-comment.repository.js";

export type PrivateReplyOutcome =
  | { status: "sent"; mid: string; recipientId: string | null }
  | { status: "refused"; code: string; reason: string }
  | { status: "failed"; reason: string };

export interface PrivateReplySenderDeps {
  handled: HandledCommentRepository;
  client: CommentReplyClient;
  drivers: ReadonlyMap<string, ChannelDriver>;
  now: () => number;
}

export class PrivateReplySender {
  constructor(private readonly deps: PrivateReplySenderDeps) {}

  /**
   * The caller holds the comment's private reply (`pending`). A refusal or a failure is recorded and
   * returned; with `retryLater`, a passing failure (network, rate limit) is thrown instead and the reply
   * stays pending for the job's next attempt.
   */
  async send(
    account: ChannelAccountWithSecrets,
    comment: HandledComment,
    message: OutboundMessage,
    options: { retryLater: boolean; moduleId: string | null },
  ): Promise<PrivateReplyOutcome> {
    const { handled } = this.deps;
    const decision = checkPrivateReply({
      commentCreatedAt: comment.commentedAt,
      alreadyReplied: false,
      now: this.deps.now(),
    });
    if (!decision.allowed) {
      await handled.update(comment.id, {
        private_reply_status: "refused",
        private_reply_error: `${decision.code}: ${decision.reason}`,
      });
      return { status: "refused", code: decision.code, reason: decision.reason };
    }
    const driver = this.deps.drivers.get(account.channel);
    const compiled = driver?.compile(message);
    if (compiled === undefined || !compiled.ok) {
      const reason =
        compiled === undefined
          ? `no driver for ${account.channel}`
          : compiled.error.map((violation) => violation.message).join("; ");
      return this.fail(comment, `privateReply: ${reason}`);
    }
    try {
      const receipt = await this.deps.client.privateReply(account, comment.commentId, compiled.value);
      const recipientId = receipt.recipientExternalId ?? null;
      const opens = options.moduleId !== null && recipientId !== null;
      await handled.update(comment.id, {
        private_reply_status: "sent",
        private_reply_mid: receipt.providerMessageId,
        private_reply_error: null,
        recipient_id: recipientId,
        ...(opens ? { module_id: options.moduleId, module_status: "waiting" as const } : {}),
      });
      return { status: "sent", mid: receipt.providerMessageId, recipientId };
    } catch (error) {
      if (!(error instanceof ChannelError)) throw error;
      if (error.retryable && options.retryLater) throw error;
      return this.fail(comment, error.message);
    }
  }

  private async fail(comment: HandledComment, reason: string): Promise<PrivateReplyOutcome> {
    await this.deps.handled.update(comment.id, {
      private_reply_status: "failed",
      private_reply_error: reason,
    });
    return { status: "failed", reason };
  }
}
