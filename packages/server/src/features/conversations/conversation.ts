/** A thread between a contact and a channel account: pending → in progress (a human follows up) → closed. */
export type ConversationStatus = "pending" | "in_progress" | "closed";

export interface Conversation {
  id: string;
  channelAccountId: string;
  contactId: string;
  status: ConversationStatus;
  botState: unknown;
  lastMessageAt: number;
  lastInboundAt: number | null;
  lastMessagePreview: string;
  createdAt: number;
  updatedAt: number;
}
