/**
 * The public reply to a comment, as the Page or Instagram account (PLATFORMS.md B7, Part C): Facebook
 * `POST /{comment-id}/comments`, Instagram `POST /{ig-comment-id}/replies`, each with `message`.
 */
import { z } from "zod";
import { fetchMessagingJson, messagingEndpoint } from "./fetch-graph.js";
import type { MessagingGraphDeps, MessagingTokenAccount } from "./fetch-graph.js";

const CommentAnswerSchema = z.object({ id: z.string().min(1) });

export interface PublicCommentReply {
  platform: "messenger" | "instagram";
  /** The comment answered. */
  commentId: string;
  message: string;
}

/** Posts the reply under the comment; the new comment's id. Throws ChannelError on any failure. */
export async function replyToComment(
  deps: MessagingGraphDeps,
  account: MessagingTokenAccount,
  reply: PublicCommentReply,
): Promise<{ id: string }> {
  const edge = reply.platform === "instagram" ? "replies" : "comments";
  const url = messagingEndpoint(deps, [reply.commentId, edge]);
  const label = reply.platform === "instagram" ? "Instagram" : "Messenger";
  return fetchMessagingJson(
    deps,
    account,
    url,
    { method: "POST", json: { message: reply.message } },
    CommentAnswerSchema,
    label,
  );
}
