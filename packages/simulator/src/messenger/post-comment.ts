/**
 * A comment on a post, by a person or by the account itself, and the webhook Meta sends for it
 * (PLATFORMS.md B7, C): Facebook `feed` changes (`item: "comment"`, `verb: "add"`) and Instagram
 * `comments` changes. The account's own comments arrive too, as on Meta.
 */
import type { SimulatorRuntime } from "../runtime.js";
import type { AttemptResult } from "../webhooks/webhook-sender.js";
import type { MetaAccount, MetaUser } from "./meta-accounts.js";
import { changesEnvelope } from "./meta-envelope.js";
import type { MetaComment, MetaPost } from "./meta-posts.js";

export interface PostedComment {
  comment: MetaComment;
  /** The first delivery attempt of the webhook. */
  webhook: Promise<AttemptResult>;
}

/** `author` undefined = the page or Instagram account itself. */
export function postComment(
  runtime: SimulatorRuntime,
  account: MetaAccount,
  post: MetaPost,
  author: MetaUser | undefined,
  text: string,
  parentId: string | undefined,
): PostedComment {
  const now = runtime.now();
  const comment = runtime.meta.posts.addComment(account, post, {
    userId: author?.id,
    text,
    parentId,
    createdAt: now,
  });
  const [field, value] =
    account.platform === "messenger"
      ? ["feed", feedValue(account, post, comment, author)]
      : ["comments", instagramValue(account, post, comment, author)];
  const target = { url: account.webhookUrl, appSecret: account.appSecret };
  const webhook = runtime.sender.deliver(target, changesEnvelope(account, field, value, now), field);
  runtime.events.emit({ type: "channel.updated", channel: account.platform, accountId: account.id });
  return { comment, webhook };
}

function feedValue(account: MetaAccount, post: MetaPost, comment: MetaComment, author: MetaUser | undefined) {
  const from =
    author === undefined
      ? { id: account.id, name: account.name }
      : { id: author.profileId, name: author.name };
  return {
    from,
    post: {
      status_type: "mobile_status_update",
      is_published: true,
      updated_time: new Date(comment.createdAt).toISOString().replace(/\.\d{3}Z$/, "+0000"),
      permalink_url: `https://www.facebook.com/${post.id}`,
      promotion_status: "inactive",
      id: post.id,
    },
    message: comment.text,
    post_id: post.id,
    comment_id: comment.id,
    created_time: Math.floor(comment.createdAt / 1000),
    item: "comment",
    parent_id: comment.parentId ?? post.id,
    verb: "add",
  };
}

function instagramValue(
  account: MetaAccount,
  post: MetaPost,
  comment: MetaComment,
  author: MetaUser | undefined,
) {
  const from =
    author === undefined
      ? { id: account.id, username: account.username }
      : { id: author.id, username: author.username };
  return {
    from,
    media: { id: post.id, media_product_type: "FEED" },
    id: comment.id,
    ...(comment.parentId === undefined ? {} : { parent_id: comment.parentId }),
    text: comment.text,
  };
}
