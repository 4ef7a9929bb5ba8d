/**
 * What happens after LINE accepts a reply or push: each message joins the chat with its new message id
 * and quote token (`sentMessages`). A user who blocked the account does not get it (LINE still answers 200).
 */
import type { SimulatorRuntime } from "../runtime.js";
import { channelChatItem } from "../state/channel-chat-item.js";
import type { LineChannel, LineUser } from "./line-channels.js";
import { newLineMessageId, newQuoteToken } from "./line-ids.js";
import type { LineMessage } from "./line-message-schemas.js";

export interface SentMessage {
  id: string;
  quoteToken: string;
}

export function acceptLineMessages(
  runtime: SimulatorRuntime,
  channel: LineChannel,
  user: LineUser,
  messages: LineMessage[],
): SentMessage[] {
  const now = runtime.now();
  const ref = { phoneNumberId: channel.channelId, waId: user.userId };
  const blocked = user.friendship === "blocked";
  return messages.map((message) => {
    const sent = { id: newLineMessageId(), quoteToken: newQuoteToken() };
    const item = runtime.line.chats.append(ref, {
      wamid: sent.id,
      direction: "out",
      at: now,
      type: message.type,
      payload: message,
      status: blocked ? "failed" : "delivered",
      ...(blocked
        ? {
            error: {
              code: 0,
              title: "Not delivered",
              details: `${user.displayName} has blocked ${channel.name}`,
            },
          }
        : {}),
    });
    if (runtime.events.hasListeners) {
      runtime.events.emit({
        type: "channel.item",
        channel: "line",
        accountId: channel.channelId,
        userId: user.userId,
        item: channelChatItem(item),
      });
    }
    return sent;
  });
}
