/**
 * Answers comments on a Page's or Instagram account's posts in the worker: the first matching rule's
 * public reply under the comment, its one private reply, tags on the commenter's contact, and the module
 * that opens when the customer answers the private reply. A comment is answered once, however often it
 * is delivered; the account's own comments are ignored.
 */
import type { Kysely } from "kysely";
import { AppError, ChannelError } from "@switchboard/core";
import type { CommentEvent, OutboundMessage } from "@switchboard/core";
import type { Database } from "../../db/schema.js";
import type { AutomationEntry } from "../bots/inbound-automation.js";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";
import type { ContactProfileRepository } from "../contacts/contact-profile.repository.js";
import type { ContactRepository } from "../contacts/contact.repository.js";
import { commentPlatformOf } from "./comment-reply-client.js";
import type { CommentReplyClient } from "./comment-reply-client.js";
import type { CommentRule, HandledComment } from "./comment-rule.js";
import type { CommentRuleRepository } from "./comment-rule.repository.js";
import type { HandledCommentRepository } from "./handled-comment.repository.js";
import { matchCommentRule } from "./match-comment-rule.js";
import type { PrivateReplySender } from "./private-reply-sender.js";

export interface CommentReplyServiceDeps {
  db: Kysely<Database>;
  rules: CommentRuleRepository;
  handled: HandledCommentRepository;
  client: CommentReplyClient;
  privateReplies: PrivateReplySender;
  contacts: ContactRepository;
  profiles: ContactProfileRepository;
}

export class CommentReplyService {
  constructor(private readonly deps: CommentReplyServiceDeps) {}

  /** One comment event of a stored webhook event. Throws on a passing failure: the job tries again. */
  async handle(
    account: ChannelAccountWithSecrets,
    event: CommentEvent,
    webhookEventId: string,
  ): Promise<void> {
    if (event.fromAccount || commentPlatformOf(account) === undefined) return;
    const rules = await this.deps.rules.cachedForAccount(account.id);
    const rule = matchCommentRule(rules, event.postId, event.text);
    const { comment, mine } = await this.deps.handled.claim({
      channelAccountId: account.id,
      commentId: event.commentId,
      postId: event.postId,
      commenterId: event.sender.externalId,
      commenterName: event.sender.displayName ?? null,
      text: event.text,
      commentedAt: event.timestamp,
      webhookEventId,
      ruleId: rule?.id ?? null,
      publicReply: rule?.publicReply != null,
      privateReply: rule?.privateReply != null,
    });
    // Another delivery of the same comment claimed it first: it was (or is being) answered there.
    if (!mine) return;
    // A retry of this event's job finishes what the rule chosen the first time left pending.
    const chosen = comment.ruleId === rule?.id ? rule : rules.find((r) => r.id === comment.ruleId);
    if (chosen !== undefined) await this.answer(account, event, comment, chosen);
  }

  private async answer(
    account: ChannelAccountWithSecrets,
    event: CommentEvent,
    comment: HandledComment,
    rule: CommentRule,
  ): Promise<void> {
    if (comment.publicReply.status === "pending" && rule.publicReply !== null)
      await this.sendPublicReply(account, comment, rule.publicReply);
    let recipientId: string | null = comment.privateReply.recipientId;
    if (comment.privateReply.status === "pending" && rule.privateReply !== null) {
      const outcome = await this.deps.privateReplies.send(account, comment, rule.privateReply, {
        retryLater: true,
        moduleId: rule.moduleId,
      });
      if (outcome.status === "sent") recipientId = outcome.recipientId;
    }
    await this.tagCommenter(account, event, comment, rule, recipientId);
  }

  /**
   * The module a customer's message opens because it answers a private reply that named one (marked
   * opened at once), or undefined. Asks the database only when a rule of the account opens a module.
   */
  async moduleEntryFor(channelAccountId: string, externalId: string): Promise<AutomationEntry | undefined> {
    const rules = await this.deps.rules.cachedForAccount(channelAccountId);
    if (!rules.some((rule) => rule.moduleId !== null)) return undefined;
    const moduleId = await this.deps.handled.takeWaitingModule(channelAccountId, externalId);
    return moduleId === undefined ? undefined : { kind: "module", moduleId };
  }

  /**
   * An agent's private reply to a handled comment. 409 when one was already sent or is on its way
   * (refused before Meta is called) or the 7 days have passed; 422 when the message breaks a limit.
   */
  async replyPrivately(
    account: ChannelAccountWithSecrets,
    commentId: string,
    message: OutboundMessage,
  ): Promise<HandledComment> {
    const comment = await this.deps.handled.find(account.id, commentId);
    if (comment === undefined)
      throw new AppError(
        "not_found",
        404,
        `comment ${commentId} of channel account ${account.id} does not exist`,
      );
    if (!(await this.deps.handled.takePrivateReply(comment.id))) {
      throw new AppError(
        "private_reply_already_sent",
        409,
        `commentId: comment ${commentId} already has its private reply; Meta allows exactly one per comment`,
      );
    }
    const outcome = await this.deps.privateReplies.send(account, comment, message, {
      retryLater: false,
      moduleId: null,
    });
    if (outcome.status === "refused") throw new AppError(outcome.code, 409, `commentId: ${outcome.reason}`);
    if (outcome.status === "failed") throw new AppError("private_reply_failed", 422, outcome.reason);
    if (outcome.recipientId !== null)
      await this.linkContact(account, comment, outcome.recipientId, comment.commenterName);
    const updated = await this.deps.handled.find(account.id, commentId);
    return updated ?? comment;
  }

  private async sendPublicReply(
    account: ChannelAccountWithSecrets,
    comment: HandledComment,
    text: string,
  ): Promise<void> {
    try {
      const id = await this.deps.client.publicReply(account, comment.commentId, text);
      await this.deps.handled.update(comment.id, {
        public_reply_status: "sent",
        public_reply_id: id,
        public_reply_error: null,
      });
    } catch (error) {
      if (!(error instanceof ChannelError) || error.retryable) throw error;
      await this.deps.handled.update(comment.id, {
        public_reply_status: "failed",
        public_reply_error: error.message,
      });
    }
  }

  /**
   * The rule's tags on the commenter's contact. It is the one Messenger will use: the PSID the private
   * reply reached when there is one (Facebook's comment id of a person is not their PSID), else the
   * commenter's id (on Instagram both are the IGSID).
   */
  private async tagCommenter(
    account: ChannelAccountWithSecrets,
    event: CommentEvent,
    comment: HandledComment,
    rule: CommentRule,
    recipientId: string | null,
  ): Promise<void> {
    if (rule.tags.length === 0 && recipientId === null) return;
    const externalId = recipientId ?? event.sender.externalId;
    const contactId = await this.linkContact(account, comment, externalId, event.sender.displayName ?? null);
    for (const tag of rule.tags) await this.deps.profiles.addTag(this.deps.db, contactId, tag);
  }

  private async linkContact(
    account: ChannelAccountWithSecrets,
    comment: HandledComment,
    externalId: string,
    displayName: string | null,
  ): Promise<string> {
    const contact = await this.deps.contacts.ensureKnown(this.deps.db, account.id, {
      externalId,
      ...(displayName === null ? {} : { displayName }),
    });
    await this.deps.handled.update(comment.id, { contact_id: contact.id });
    return contact.id;
  }
}
