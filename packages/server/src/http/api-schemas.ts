/** The API's answer shapes (see docs/api.md); they document the OpenAPI responses. */
import { z } from "zod";
import { ChannelAccountSettingsSchema } from "../features/channel-accounts/channel-account.js";
import { ConversationStatusSchema } from "../features/conversations/conversation-status.js";

export const ChannelAccountView = z.object({
  id: z.string(),
  channel: z.string(),
  name: z.string(),
  externalId: z.string(),
  settings: ChannelAccountSettingsSchema,
  secretsSet: z.object({ accessToken: z.boolean(), appSecret: z.boolean(), verifyToken: z.boolean() }),
  webhookUrl: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const ContactView = z.object({
  id: z.string(),
  channelAccountId: z.string(),
  externalId: z.string(),
  displayName: z.string().nullable(),
  phone: z.string().nullable(),
  attributes: z.record(z.string(), z.unknown()),
  lastInboundAt: z.number().nullable(),
  createdAt: z.number(),
});

export const ConversationView = z.object({
  id: z.string(),
  channelAccountId: z.string(),
  channel: z.string(),
  contact: z.object({ id: z.string(), displayName: z.string().nullable(), externalId: z.string() }),
  status: ConversationStatusSchema,
  lastMessageAt: z.number(),
  lastMessagePreview: z.string(),
  lastInboundAt: z.number().nullable(),
  windowExpiresAt: z.number().nullable().describe("When the 24-hour customer service window closes"),
  assignedUserId: z.string().nullable().describe("The agent handling it; null while nobody is"),
  storeId: z.string().nullable().describe("The store whose queue it is in"),
  assignedAt: z.number().nullable(),
  createdAt: z.number(),
  unread: z
    .boolean()
    .optional()
    .describe("In the list: the customer wrote since you last opened it (always false for the admin token)"),
});

export const MessageView = z.object({
  id: z.string(),
  conversationId: z.string(),
  direction: z.enum(["inbound", "outbound"]),
  author: z.enum(["contact", "bot", "agent", "system"]),
  authorUserId: z.string().nullable().describe("The user who sent an agent message"),
  content: z
    .record(z.string(), z.unknown())
    .describe("The neutral OutboundMessage (outbound) or InboundContent (inbound)"),
  status: z.enum(["received", "pending", "accepted", "sent", "delivered", "read", "failed", "refused"]),
  error: z.object({ code: z.number().nullable(), reason: z.string() }).nullable(),
  refusal: z
    .object({ code: z.string(), reason: z.string() })
    .nullable()
    .describe("Why the send policy refused to send it (status refused)"),
  providerMessageId: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  sentAt: z.number().nullable(),
  deliveredAt: z.number().nullable(),
  readAt: z.number().nullable(),
  failedAt: z.number().nullable(),
});

export const IdParams = z.object({ id: z.string().min(1) });
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).optional(),
});
