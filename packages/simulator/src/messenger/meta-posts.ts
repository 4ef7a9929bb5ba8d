/**
 * Posts of simulated pages and Instagram accounts with their comments, and which comments already got
 * their one private reply (PLATFORMS.md B7).
 */
import type { MetaAccount } from "./meta-accounts.js";
import { newCommentId, newPostId } from "./meta-ids.js";

export interface MetaPost {
  id: string;
  accountId: string;
  message: string;
  /** Epoch ms. */
  createdAt: number;
}

export interface MetaComment {
  id: string;
  postId: string;
  accountId: string;
  /** The commenter's page-scoped id; undefined when the page or account itself commented. */
  userId: string | undefined;
  text: string;
  /** The comment this one answers; undefined for a top-level comment. */
  parentId: string | undefined;
  /** Epoch ms. */
  createdAt: number;
  /** The mid of the private reply sent for this comment (only one is allowed). */
  privateReplyMid?: string;
}

export class MetaPostStore {
  private readonly posts = new Map<string, MetaPost>();
  private readonly comments = new Map<string, MetaComment>();

  addPost(account: MetaAccount, message: string, now: number): MetaPost {
    const post: MetaPost = {
      id: newPostId(account.platform, account.id),
      accountId: account.id,
      message,
      createdAt: now,
    };
    this.posts.set(post.id, post);
    return post;
  }

  post(id: string): MetaPost | undefined {
    return this.posts.get(id);
  }

  postsOf(accountId: string): MetaPost[] {
    return [...this.posts.values()].filter((post) => post.accountId === accountId);
  }

  addComment(
    account: MetaAccount,
    post: MetaPost,
    comment: Pick<MetaComment, "userId" | "text" | "parentId" | "createdAt">,
  ): MetaComment {
    const stored: MetaComment = {
      ...comment,
      id: newCommentId(account.platform, post.id),
      postId: post.id,
      accountId: account.id,
    };
    this.comments.set(stored.id, stored);
    return stored;
  }

  comment(id: string): MetaComment | undefined {
    return this.comments.get(id);
  }

  commentsOf(postId: string): MetaComment[] {
    return [...this.comments.values()].filter((comment) => comment.postId === postId);
  }
}
