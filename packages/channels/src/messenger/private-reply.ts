/**
 * The rules of a private reply to a comment (PLATFORMS.md B7, Part C): exactly one message per comment,
 * within 7 days of it. Checked before calling the API, so a second attempt never reaches Meta.
 */
import { PRIVATE_REPLY_WINDOW_MS } from "./messenger-limits.js";

export interface PrivateReplyCheck {
  /** Epoch ms the comment was made (the comment event's `timestamp`). */
  commentCreatedAt: number;
  /** True when a private reply to this comment was already sent (or is on its way). */
  alreadyReplied: boolean;
  /** Epoch ms. */
  now: number;
}

export type PrivateReplyDecision =
  | { allowed: true; /** Epoch ms after which the reply is refused. */ until: number }
  | { allowed: false; code: "private_reply_already_sent" | "private_reply_expired"; reason: string };

/**
 * Pure. Refused when a reply was already sent, or when 7 days or more have passed since the comment (the
 * window is half-open: at exactly 7 days it is closed). Send it with `recipient: { comment_id }`.
 */
export function checkPrivateReply({
  commentCreatedAt,
  alreadyReplied,
  now,
}: PrivateReplyCheck): PrivateReplyDecision {
  if (alreadyReplied) {
    return {
      allowed: false,
      code: "private_reply_already_sent",
      reason: "A private reply to this comment was already sent; Meta allows exactly one per comment.",
    };
  }
  const until = commentCreatedAt + PRIVATE_REPLY_WINDOW_MS;
  if (now >= until) {
    return {
      allowed: false,
      code: "private_reply_expired",
      reason: `The comment was made at ${new Date(commentCreatedAt).toISOString()}; a private reply must be sent within 7 days of it.`,
    };
  }
  return { allowed: true, until };
}
