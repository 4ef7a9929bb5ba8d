/**
 * What happens after Meta accepts a page's message: it joins the chat, Messenger echoes it at once
 * (`message_echoes`; Instagram on `messages` with `is_echo`), and delivery and read receipts follow.
 */
import type { SimulatorRuntime } from "../runtime.js";
import { channelChatItem } from "../state/channel-chat-item.js";
import type { ChatItem } from "../state/chat-store.js";
import type { MetaAccount, MetaUser } from "./meta-accounts.js";
import { fromAccount, messagingEnvelope } from "./meta-envelope.js";
import { newMid } from "./meta-ids.js";
import type { MetaMessage } from "./meta-message-schemas.js";

export function acceptMetaMessage(
  runtime: SimulatorRuntime,
  account: MetaAccount,
  user: MetaUser,
  message: MetaMessage,
  body: Record<string, unknown>,
): ChatItem {
  const now = runtime.now();
  const mid = newMid(account.platform, account.id);
  const ref = { phoneNumberId: account.id, waId: user.id };
  const item = runtime.meta.chats.append(ref, {
    wamid: mid,
    direction: "out",
    at: now,
    type: itemType(message),
    payload: body,
    status: "accepted",
  });
  if (runtime.events.hasListeners) {
    runtime.events.emit({
      type: "channel.item",
      channel: account.platform,
      accountId: account.id,
      userId: user.id,
      item: channelChatItem(item),
    });
  }
  if (runtime.settings.echoWebhooks) sendEcho(runtime, account, user, message, mid, now);
  const { settings } = runtime;
  if (account.platform === "messenger") {
    runtime.metaReceipts.schedule(settings.deliveredDelayMs, {
      account,
      userId: user.id,
      item,
      status: "delivered",
    });
  }
  if (settings.autoRead) {
    runtime.metaReceipts.schedule(Math.max(settings.deliveredDelayMs, settings.readDelayMs), {
      account,
      userId: user.id,
      item,
      status: "read",
    });
  }
  return item;
}

/** `text`, the attachment's type (`image`, `file`…), or `template` with its kind in the payload. */
function itemType(message: MetaMessage): string {
  return message.attachment === undefined ? "text" : message.attachment.type;
}

function sendEcho(
  runtime: SimulatorRuntime,
  account: MetaAccount,
  user: MetaUser,
  message: MetaMessage,
  mid: string,
  now: number,
): void {
  const echo: Record<string, unknown> = { mid, is_echo: true, app_id: Number(account.appId) };
  if (message.metadata !== undefined) echo.metadata = message.metadata;
  if (message.text !== undefined) echo.text = message.text;
  if (message.attachment !== undefined) echo.attachments = [message.attachment];
  if (message.quick_replies !== undefined) echo.quick_replies = message.quick_replies;
  const event = fromAccount(account, user.id, now, { message: echo });
  const target = { url: account.webhookUrl, appSecret: account.appSecret };
  void runtime.sender.deliver(target, messagingEnvelope(account, [event], now), "message_echoes");
}
