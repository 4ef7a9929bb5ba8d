/**
 * The shapes the HTTP API answers with (docs/api.md). Message contents reuse the neutral model of
 * `@switchboard/core` as types only, so nothing of core is bundled into the console.
 */
import type { ChannelKind, InboundContent, LimitViolation, OutboundMessage } from "@switchboard/core";

export type { ChannelKind, InboundContent, LimitViolation, OutboundMessage };
export type { ContactCard, MediaSource, OutboundMessageInput, TemplateParameter } from "@switchboard/core";

/** Unix epoch milliseconds. */
export type EpochMs = number;

export interface ChannelAccountSettings {
  wabaId?: string;
  displayPhoneNumber?: string;
  /** Messenger: the Page's username (m.me links). */
  pageUsername?: string;
  /** Instagram: the account's username (ig.me links). */
  instagramUsername?: string;
  /** LINE: the bot's basic id, `@…` (line.me links). */
  lineBasicId?: string;
  /** Web chat: the website origins the widget may be embedded on. */
  allowedOrigins?: string[];
  /** Web chat: the accounts its "continue on" links open. */
  continueOnAccountIds?: string[];
}

export interface ChannelAccount {
  id: string;
  channel: ChannelKind;
  name: string;
  /** The platform's id for the account (WhatsApp phone number id). */
  externalId: string;
  settings: ChannelAccountSettings;
  secretsSet: { accessToken: boolean; appSecret: boolean; verifyToken: boolean };
  /** The callback URL to paste into the platform's webhook settings. */
  webhookUrl: string;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

export interface NewChannelAccount {
  channel: "whatsapp" | "messenger" | "instagram" | "line" | "webchat";
  name: string;
  /** Left out for a web chat: the server makes its widget key. */
  externalId?: string;
  settings: ChannelAccountSettings;
  /**
   * `verifyToken` is required on Meta's channels and left out on LINE; a web chat sends only `appSecret`
   * (its identity secret).
   */
  secrets: { accessToken?: string; appSecret: string; verifyToken?: string };
}

export interface Contact {
  id: string;
  channelAccountId: string;
  externalId: string;
  displayName: string | null;
  phone: string | null;
  attributes: Record<string, unknown>;
  lastInboundAt: EpochMs | null;
  createdAt: EpochMs;
}

/** Who owns the conversation: the bot, the queue (waiting for a person), an agent, or nobody (closed). */
export type ConversationStatus = "bot" | "pending" | "in_progress" | "closed";

export interface Conversation {
  id: string;
  channelAccountId: string;
  channel: ChannelKind;
  contact: { id: string; displayName: string | null; externalId: string };
  status: ConversationStatus;
  lastMessageAt: EpochMs;
  lastMessagePreview: string;
  lastInboundAt: EpochMs | null;
  /** When the 24-hour customer service window closes; null when the customer never wrote. */
  windowExpiresAt: EpochMs | null;
  createdAt: EpochMs;
}

export type MessageAuthor = "contact" | "bot" | "agent" | "system";
/**
 * `accepted`: the platform took the message but has not reported it sent yet. `refused`: the send policy
 * (quiet hours, frequency cap, opt-out) stopped it; it was never sent.
 */
export type MessageStatus =
  "received" | "pending" | "accepted" | "sent" | "delivered" | "read" | "failed" | "refused";

interface MessageBase {
  id: string;
  conversationId: string;
  author: MessageAuthor;
  status: MessageStatus;
  /** Why delivery failed: the platform's error code (when it gave one) and a sentence. */
  error: { code: number | null; reason: string } | null;
  /** Why the send policy refused it (status `refused`): a stable code and a sentence. */
  refusal: { code: string; reason: string } | null;
  providerMessageId: string | null;
  createdAt: EpochMs;
  /** Moves with every status change; the message poll asks for changes `since` it. */
  updatedAt: EpochMs;
  sentAt: EpochMs | null;
  deliveredAt: EpochMs | null;
  readAt: EpochMs | null;
  failedAt: EpochMs | null;
}

/** What the customer sent. */
export interface InboundMessageRecord extends MessageBase {
  direction: "inbound";
  content: InboundContent;
}

/** What a bot or an agent sent, as written (before the channel rendered it). */
export interface OutboundMessageRecord extends MessageBase {
  direction: "outbound";
  content: OutboundMessage;
}

export type Message = InboundMessageRecord | OutboundMessageRecord;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One schema problem in a request (400). */
export interface RequestIssue {
  path: string;
  message: string;
}
