/** An Instagram `comments` or `live_comments` change (PLATFORMS.md Part C) → a comment event. */
import { z } from "zod";
import type { CommentEvent, InboundEvent } from "@switchboard/core";
import { epochMs, type EntryContext } from "../messenger/webhook-envelope.js";

const CommentSchema = z.object({
  id: z.string().min(1),
  text: z.string().optional().catch(undefined),
  from: z.object({ id: z.string().min(1), username: z.string().min(1).optional().catch(undefined) }),
  media: z.object({ id: z.string().min(1), media_product_type: z.string().optional().catch(undefined) }),
  parent_id: z.string().min(1).optional().catch(undefined),
});

/**
 * `postId` is the media id; the username becomes the sender's `displayName`. Instagram sends no comment
 * time, so `timestamp` is the entry's `time`. Malformed values, and other fields, are `other` events.
 */
export function parseInstagramChange(
  field: string,
  value: unknown,
  context: EntryContext,
  entryTime: number | undefined,
): InboundEvent {
  const parsed =
    field === "comments" || field === "live_comments" ? CommentSchema.safeParse(value) : undefined;
  if (!parsed?.success) {
    return {
      type: "other",
      channel: context.channel,
      accountExternalId: context.accountExternalId,
      field,
      raw: value,
    };
  }
  const comment = parsed.data;
  const event: CommentEvent = {
    type: "comment",
    channel: context.channel,
    accountExternalId: context.accountExternalId,
    commentId: comment.id,
    postId: comment.media.id,
    sender: {
      externalId: comment.from.id,
      ...(comment.from.username === undefined ? {} : { displayName: comment.from.username }),
    },
    text: comment.text ?? "",
    timestamp: entryTime === undefined ? 0 : epochMs(entryTime),
    fromAccount: comment.from.id === context.accountExternalId,
    raw: value,
  };
  if (comment.parent_id !== undefined) event.parentCommentId = comment.parent_id;
  return event;
}
