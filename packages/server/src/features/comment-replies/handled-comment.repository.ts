/**
 * The comments a channel account received and what was answered, one row per (account, comment id): the
 * first delivery claims the comment, so a redelivery never answers it again, and the private reply's
 * status is what refuses a second one before Meta is called.
 */
import type { Kysely, Selectable, Updateable } from "kysely";
import type { Database, HandledCommentsTable } from "../../db/schema.js";
import { newId } from "../../ids.js";
import type { HandledComment } from "./comment-rule.js";

/** A comment being claimed: what the platform told about it, and which replies its rule asks for. */
export type CommentClaim = Pick<
  HandledComment,
  | "channelAccountId"
  | "commentId"
  | "postId"
  | "commenterId"
  | "commenterName"
  | "text"
  | "commentedAt"
  | "webhookEventId"
  | "ruleId"
> & { publicReply: boolean; privateReply: boolean };

export type HandledCommentChange = Updateable<HandledCommentsTable>;

export class HandledCommentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Records the comment unless it already is; the stored row either way. `mine` is true when the row
   * belongs to this webhook event (first delivery, or a retry of its job), false for a redelivery.
   */
  async claim(claim: CommentClaim): Promise<{ comment: HandledComment; mine: boolean }> {
    const now = Date.now();
    await this.db
      .insertInto("handled_comments")
      .values({
        id: newId(),
        channel_account_id: claim.channelAccountId,
        comment_id: claim.commentId,
        post_id: claim.postId,
        commenter_id: claim.commenterId,
        commenter_name: claim.commenterName,
        text: claim.text,
        commented_at: claim.commentedAt,
        webhook_event_id: claim.webhookEventId,
        rule_id: claim.ruleId,
        contact_id: null,
        public_reply_status: claim.publicReply ? "pending" : "none",
        public_reply_id: null,
        public_reply_error: null,
        private_reply_status: claim.privateReply ? "pending" : "none",
        private_reply_mid: null,
        private_reply_error: null,
        recipient_id: null,
        module_id: null,
        module_status: "none",
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(["channel_account_id", "comment_id"]).doNothing())
      .execute();
    const stored = await this.find(claim.channelAccountId, claim.commentId);
    if (stored === undefined) throw new Error(`handled comment ${claim.commentId} vanished after its insert`);
    return { comment: stored, mine: stored.webhookEventId === claim.webhookEventId };
  }

  async find(channelAccountId: string, commentId: string): Promise<HandledComment | undefined> {
    const row = await this.db
      .selectFrom("handled_comments")
      .selectAll()
      .where("channel_account_id", "=", channelAccountId)
      .where("comment_id", "=", commentId)
      .executeTakeFirst();
    return row === undefined ? undefined : toHandledComment(row);
  }

  async update(id: string, change: HandledCommentChange): Promise<void> {
    await this.db
      .updateTable("handled_comments")
      .set({ ...change, updated_at: Date.now() })
      .where("id", "=", id)
      .execute();
  }

  /**
   * Marks the private reply `pending` unless one was sent or is on its way: true when this caller may
   * send it. Two concurrent callers cannot both win.
   */
  async takePrivateReply(id: string): Promise<boolean> {
    const result = await this.db
      .updateTable("handled_comments")
      .set({ private_reply_status: "pending", private_reply_error: null, updated_at: Date.now() })
      .where("id", "=", id)
      .where("private_reply_status", "not in", ["sent", "pending"])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * The module waiting for this customer's answer to a private reply, marked opened at once (only one
   * caller gets it); undefined when none waits.
   */
  async takeWaitingModule(channelAccountId: string, recipientId: string): Promise<string | undefined> {
    const waiting = await this.db
      .selectFrom("handled_comments")
      .select(["id", "module_id"])
      .where("channel_account_id", "=", channelAccountId)
      .where("recipient_id", "=", recipientId)
      .where("module_status", "=", "waiting")
      .orderBy("created_at", "desc")
      .executeTakeFirst();
    if (waiting?.module_id == null) return undefined;
    const result = await this.db
      .updateTable("handled_comments")
      .set({ module_status: "opened", updated_at: Date.now() })
      .where("channel_account_id", "=", channelAccountId)
      .where("recipient_id", "=", recipientId)
      .where("module_status", "=", "waiting")
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0 ? waiting.module_id : undefined;
  }

  /** Newest first; `before` is the `createdAt` of the last item of the previous page. */
  async list(channelAccountId: string, limit: number, before?: number): Promise<HandledComment[]> {
    let query = this.db
      .selectFrom("handled_comments")
      .selectAll()
      .where("channel_account_id", "=", channelAccountId)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(limit);
    if (before !== undefined) query = query.where("created_at", "<", before);
    return (await query.execute()).map(toHandledComment);
  }
}

function toHandledComment(row: Selectable<HandledCommentsTable>): HandledComment {
  return {
    id: row.id,
    channelAccountId: row.channel_account_id,
    commentId: row.comment_id,
    postId: row.post_id,
    commenterId: row.commenter_id,
    commenterName: row.commenter_name,
    text: row.text,
    commentedAt: Number(row.commented_at),
    webhookEventId: row.webhook_event_id,
    ruleId: row.rule_id,
    contactId: row.contact_id,
    publicReply: {
      status: row.public_reply_status,
      id: row.public_reply_id,
      error: row.public_reply_error,
    },
    privateReply: {
      status: row.private_reply_status,
      mid: row.private_reply_mid,
      error: row.private_reply_error,
      recipientId: row.recipient_id,
    },
    module: { id: row.module_id, status: row.module_status },
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}
