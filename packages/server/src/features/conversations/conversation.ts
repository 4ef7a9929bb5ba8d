/** A thread between a contact and a channel account; its status says who owns it (see conversation-status.ts). */
import type { ConversationStatus } from "./conversation-status.js";

export type { ConversationStatus };

export interface Conversation {
  id: string;
  channelAccountId: string;
  contactId: string;
  status: ConversationStatus;
  botState: unknown;
  lastMessageAt: number;
  lastInboundAt: number | null;
  lastMessagePreview: string;
  /** The agent handling it; null while nobody is. */
  assignedUserId: string | null;
  /** The store whose queue it is in; null: none chosen and the account has no default store. */
  storeId: string | null;
  assignedAt: number | null;
  createdAt: number;
  updatedAt: number;
}
