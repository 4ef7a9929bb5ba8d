/**
 * A person acts in Messenger or Instagram: the simulator builds the messaging event, records it in the
 * chat (which opens the 24-hour window), signs and posts it, and answers after the first attempt.
 */
import type { SimulatorRuntime } from "../runtime.js";
import { channelChatItem } from "../state/channel-chat-item.js";
import type { AttemptResult } from "../webhooks/webhook-sender.js";
import { buildMetaEvent, type MetaCustomerAction } from "./build-meta-event.js";
import type { MetaAccount, MetaUser } from "./meta-accounts.js";
import { fromUser, messagingEnvelope } from "./meta-envelope.js";
import { newMid } from "./meta-ids.js";

export interface WebhookAnswer {
  status: number | string;
  ok: boolean;
  error?: string;
}

export function webhookAnswer(first: AttemptResult): WebhookAnswer {
  return {
    status: first.status ?? `failed: ${first.error ?? "no answer"}`,
    ok: first.ok,
    ...(first.error === undefined ? {} : { error: first.error }),
  };
}

export async function sendAsPerson(
  runtime: SimulatorRuntime,
  account: MetaAccount,
  user: MetaUser,
  action: MetaCustomerAction,
): Promise<{ mid: string; webhook: WebhookAnswer }> {
  const { meta } = runtime;
  const now = runtime.now();
  const ref = { phoneNumberId: account.id, waId: user.id };
  const mid = newMid(account.platform, account.id);
  const built = buildMetaEvent(action, {
    account,
    profile: meta.profile(account.id),
    mid,
    threadExists: meta.chats.list(ref).length > 0,
  });
  const event = fromUser(account, user.id, now, built.body);
  const item = meta.chats.append(ref, {
    wamid: mid,
    direction: "in",
    at: now,
    type: built.type,
    payload: event,
    status: "pending",
  });
  const channel = account.platform;
  if (runtime.events.hasListeners) {
    runtime.events.emit({
      type: "channel.item",
      channel,
      accountId: account.id,
      userId: user.id,
      item: channelChatItem(item),
    });
  }
  const onAttempt = (result: AttemptResult) => {
    const error = { code: 0, title: "Webhook delivery failed", details: result.error ?? "" };
    const changed = result.ok
      ? meta.chats.advance(item, "delivered")
      : item.status === "pending" && meta.chats.advance(item, "failed", error);
    if (changed) runtime.events.emitChannelStatus(channel, account.id, user.id, item);
  };
  const target = { url: account.webhookUrl, appSecret: account.appSecret };
  const first = await runtime.sender.deliver(
    target,
    messagingEnvelope(account, [event], now),
    "messages",
    onAttempt,
  );
  return { mid, webhook: webhookAnswer(first) };
}
