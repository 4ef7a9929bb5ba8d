/**
 * A `messaging_optins` item (PLATFORMS.md B4, B5) → a subscription event: a plugin opt-in, or marketing
 * notifications started, refreshed, resumed or stopped.
 */
import { z } from "zod";
import type { SubscriptionEvent } from "@switchboard/core";
import { epochMs, type EntryContext } from "./webhook-envelope.js";

const text = z.string().min(1).optional().catch(undefined);

const OptinSchema = z.object({
  type: text,
  ref: text,
  payload: text,
  title: text,
  notification_messages_token: text,
  notification_messages_status: text,
  token_expiry_timestamp: z.number().optional().catch(undefined),
  one_time_notif_token: text,
});

/**
 * `STOP_NOTIFICATIONS` → `unsubscribed`; every other opt-in → `subscribed`. `topic` is the notification
 * title (undefined for plugin opt-ins: the account itself); `ref` the plugin `ref` or the notification
 * `payload`; `token` the notification token with its expiry. An opt-in without a sender id (a checkbox
 * plugin `user_ref` only) gives undefined: there is no one to message yet.
 */
export function parseMessagingOptin(
  item: { senderId: string | undefined; timestamp: number; optin: unknown; raw: unknown },
  context: EntryContext,
): SubscriptionEvent | undefined {
  const parsed = OptinSchema.safeParse(item.optin);
  if (!parsed.success || item.senderId === undefined) return undefined;
  const optin = parsed.data;
  const ref = optin.ref ?? optin.payload;
  const token =
    optin.notification_messages_token !== undefined
      ? {
          value: optin.notification_messages_token,
          kind: "notification_messages",
          ...(optin.token_expiry_timestamp === undefined
            ? {}
            : { expiresAt: epochMs(optin.token_expiry_timestamp) }),
        }
      : optin.one_time_notif_token !== undefined
        ? { value: optin.one_time_notif_token, kind: "one_time_notification" }
        : undefined;
  return {
    type: "subscription",
    channel: context.channel,
    accountExternalId: context.accountExternalId,
    providerEventId: `optin:${item.senderId}:${item.timestamp}`,
    sender: { externalId: item.senderId },
    timestamp: item.timestamp,
    change: optin.notification_messages_status === "STOP_NOTIFICATIONS" ? "unsubscribed" : "subscribed",
    ...(optin.title === undefined ? {} : { topic: optin.title }),
    ...(ref === undefined ? {} : { ref }),
    ...(token === undefined ? {} : { token }),
    raw: item.raw,
  };
}
