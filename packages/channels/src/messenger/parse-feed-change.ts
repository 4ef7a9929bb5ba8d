/**
 * A Page `feed` change (PLATFORMS.md B7) → a comment event for a new comment; every other feed change
 * (edits, removals, posts, reactions) → `other`.
 */
import { z } from "zod";
import type { CommentEvent, InboundEvent } from "@switchboard/core";
import { epochMs, type EntryContext } from "./webhook-envelope.js";

const FeedCommentSchema = z.object({
  item: z.literal("comment"),
  verb: z.literal("add"),
  comment_id: z.string().min(1),
  post_id: z.string().min(1),
  parent_id: z.string().min(1).optional().catch(undefined),
  from: z.object({ id: z.string().min(1), name: z.string().optional().catch(undefined) }),
  message: z.string().optional().catch(undefined),
  created_time: z.number().optional().catch(undefined),
});

/**
 * `item: comment, verb: add` → a comment event: a top-level comment has `parent_id == post_id`, so only a
 * reply to another comment gets `parentCommentId`; `fromAccount` when the Page wrote it itself.
 * A comment with only a photo has no `message`: its text is "".
 */
export function parseFeedChange(
  value: unknown,
  context: EntryContext,
  entryTime: number | undefined,
): InboundEvent {
  const parsed = FeedCommentSchema.safeParse(value);
  if (!parsed.success) {
    return {
      type: "other",
      channel: context.channel,
      accountExternalId: context.accountExternalId,
      field: "feed",
      raw: value,
    };
  }
  const comment = parsed.data;
  const time = comment.created_time ?? entryTime;
  const event: CommentEvent = {
    type: "comment",
    channel: context.channel,
    accountExternalId: context.accountExternalId,
    commentId: comment.comment_id,
    postId: comment.post_id,
    sender: {
      externalId: comment.from.id,
      ...(comment.from.name === undefined ? {} : { displayName: comment.from.name }),
    },
    text: comment.message ?? "",
    timestamp: time === undefined ? 0 : epochMs(time),
    fromAccount: comment.from.id === context.accountExternalId,
    raw: value,
  };
  if (comment.parent_id !== undefined && comment.parent_id !== comment.post_id) {
    event.parentCommentId = comment.parent_id;
  }
  return event;
}
