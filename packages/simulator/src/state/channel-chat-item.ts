/**
 * Messenger, Instagram and LINE chats reuse the chat store; the control API and the event stream show
 * their items with the platform's message id as `id` (a Meta `mid` or a LINE message id).
 */
import type { ChatItem, ChatItemError, ChatItemStatus } from "./chat-store.js";

/** The platforms besides WhatsApp whose chats the simulator keeps. */
export type ChannelKind = "messenger" | "instagram" | "line";

export interface ChannelChatItem {
  seq: number;
  /** The platform's message id. */
  id: string;
  /** "out" = business → person (Send / push / reply API), "in" = person → business (webhook). */
  direction: "in" | "out";
  /** Epoch milliseconds. */
  at: number;
  type: string;
  /** The API request body (out) or the webhook event (in). */
  payload: unknown;
  status: ChatItemStatus;
  error?: ChatItemError;
}

export function channelChatItem(item: ChatItem): ChannelChatItem {
  const shown: ChannelChatItem = {
    seq: item.seq,
    id: item.wamid,
    direction: item.direction,
    at: item.at,
    type: item.type,
    payload: item.payload,
    status: item.status,
  };
  if (item.error !== undefined) shown.error = item.error;
  return shown;
}
