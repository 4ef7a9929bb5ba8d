/** A message of a conversation, inbound (from the contact) or outbound (from the bot or an agent). */
import type { InboundContent, OutboundMessage } from "@switchboard/core";

export type MessageStatus =
  "received" | "pending" | "accepted" | "sent" | "delivered" | "read" | "failed" | "refused";
export type MessageAuthor = "contact" | "bot" | "agent" | "system";

interface MessageBase {
  id: string;
  conversationId: string;
  channelAccountId: string;
  contactId: string;
  author: MessageAuthor;
  /** The user who sent an agent message; null otherwise. */
  authorUserId: string | null;
  status: MessageStatus;
  error: { code: number | null; reason: string } | null;
  /** The send policy refused it: its stable code and sentence. Never sent to the platform. */
  refusal: { code: string; reason: string } | null;
  providerMessageId: string | null;
  createdAt: number;
  /** Changes with every new status; poll with `since` to see new ticks. */
  updatedAt: number;
  sentAt: number | null;
  deliveredAt: number | null;
  readAt: number | null;
  failedAt: number | null;
}

export interface InboundMessage extends MessageBase {
  direction: "inbound";
  content: InboundContent;
}

export interface OutboundMessageRecord extends MessageBase {
  direction: "outbound";
  content: OutboundMessage;
}

export type Message = InboundMessage | OutboundMessageRecord;
