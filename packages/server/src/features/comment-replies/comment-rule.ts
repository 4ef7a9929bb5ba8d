/**
 * A comment reply rule of one Facebook Page or Instagram account: which comments it answers (one post or
 * every post, keyword conditions like the keyword rules) and how: a public reply under the comment, one
 * private reply (PLATFORMS.md B7), the bot module that opens when the customer answers it, and tags.
 */
import { z } from "zod";
import { OutboundMessageSchema } from "@switchboard/core";
import { KeywordSchema } from "@switchboard/engine";

/** Longest public reply: Facebook takes 8,000 characters, Instagram 2,200. */
export const PUBLIC_REPLY_MAX = { messenger: 8000, instagram: 2200 } as const;

export const CommentRuleSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    /** The post (Facebook `post_id`) or media (Instagram) id; null: every post of the account. */
    postId: z.string().trim().min(1).max(200).nullable().default(null),
    /** Empty: every comment. */
    keywords: z.array(KeywordSchema).max(50).default([]),
    publicReply: z.string().trim().min(1).max(PUBLIC_REPLY_MAX.messenger).nullable().default(null),
    /** Any neutral message; compiled for the account's platform when the rule is saved. */
    privateReply: OutboundMessageSchema.nullable().default(null),
    /** A module of the published bot, opened when the customer answers the private reply. */
    moduleId: z.string().trim().min(1).max(200).nullable().default(null),
    tags: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
    /** Higher runs first. */
    priority: z.number().int().min(-1_000_000).max(1_000_000).default(0),
    enabled: z.boolean().default(true),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.publicReply === null && rule.privateReply === null) {
      ctx.addIssue({
        code: "custom",
        path: ["publicReply"],
        message: "a rule needs a public reply, a private reply or both",
      });
    }
    if (rule.moduleId !== null && rule.privateReply === null) {
      ctx.addIssue({
        code: "custom",
        path: ["moduleId"],
        message: "a module opens when the customer answers the private reply: add a private reply",
      });
    }
  });

/** A comment rule with defaults applied. */
export type CommentRuleDefinition = z.infer<typeof CommentRuleSchema>;

export interface CommentRule extends CommentRuleDefinition {
  id: string;
  channelAccountId: string;
  createdAt: number;
  updatedAt: number;
}

export type PublicReplyStatus = "none" | "pending" | "sent" | "failed";
export type PrivateReplyStatus = "none" | "pending" | "sent" | "refused" | "failed";

/** A comment the account received and what was answered to it. */
export interface HandledComment {
  id: string;
  channelAccountId: string;
  commentId: string;
  postId: string;
  commenterId: string;
  commenterName: string | null;
  text: string;
  commentedAt: number;
  webhookEventId: string;
  ruleId: string | null;
  contactId: string | null;
  publicReply: { status: PublicReplyStatus; id: string | null; error: string | null };
  privateReply: {
    status: PrivateReplyStatus;
    mid: string | null;
    error: string | null;
    /** The PSID (Messenger) or IGSID (Instagram) the reply reached. */
    recipientId: string | null;
  };
  module: { id: string | null; status: "none" | "waiting" | "opened" };
  createdAt: number;
  updatedAt: number;
}
