/** The API's answer shapes for comment reply rules and handled comments (see docs/api.md). */
import { z } from "zod";
import { OutboundMessageSchema } from "@switchboard/core";
import { KeywordMatchSchema } from "@switchboard/engine";

export const CommentRuleView = z.object({
  id: z.string(),
  channelAccountId: z.string(),
  name: z.string(),
  postId: z.string().nullable(),
  keywords: z.array(z.object({ match: KeywordMatchSchema, value: z.string() })),
  publicReply: z.string().nullable(),
  privateReply: OutboundMessageSchema.nullable(),
  moduleId: z.string().nullable(),
  tags: z.array(z.string()),
  priority: z.number(),
  enabled: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const HandledCommentView = z.object({
  id: z.string(),
  channelAccountId: z.string(),
  commentId: z.string(),
  postId: z.string(),
  commenterId: z.string(),
  commenterName: z.string().nullable(),
  text: z.string(),
  commentedAt: z.number(),
  ruleId: z.string().nullable(),
  contactId: z.string().nullable(),
  publicReply: z.object({
    status: z.enum(["none", "pending", "sent", "failed"]),
    id: z.string().nullable(),
    error: z.string().nullable(),
  }),
  privateReply: z.object({
    status: z.enum(["none", "pending", "sent", "refused", "failed"]),
    mid: z.string().nullable(),
    error: z.string().nullable(),
    recipientId: z.string().nullable(),
  }),
  module: z.object({ id: z.string().nullable(), status: z.enum(["none", "waiting", "opened"]) }),
  createdAt: z.number(),
});
