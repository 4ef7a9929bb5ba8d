/**
 * Meta's webhook envelope for pages and Instagram accounts (PLATFORMS.md B5): `object` "page" or
 * "instagram", one `entry` per event, messaging events in `messaging` (time in ms), feed and comment
 * changes in `changes` (time in seconds).
 */
import type { MetaAccount } from "./meta-accounts.js";

/** One messaging event: sender, recipient, timestamp and the event's own key (message, postback, read…). */
export type MessagingEvent = Record<string, unknown> & {
  sender: { id: string };
  recipient: { id: string };
  timestamp: number;
};

export function objectOf(account: MetaAccount): "page" | "instagram" {
  return account.platform === "messenger" ? "page" : "instagram";
}

export function messagingEnvelope(account: MetaAccount, events: MessagingEvent[], now: number): unknown {
  return {
    object: objectOf(account),
    entry: events.map((event) => ({ id: account.id, time: now, messaging: [event] })),
  };
}

export function changesEnvelope(account: MetaAccount, field: string, value: unknown, now: number): unknown {
  return {
    object: objectOf(account),
    entry: [{ id: account.id, time: Math.floor(now / 1000), changes: [{ field, value }] }],
  };
}

/** An event from the person to the account. */
export function fromUser(
  account: MetaAccount,
  userId: string,
  now: number,
  body: Record<string, unknown>,
): MessagingEvent {
  return { sender: { id: userId }, recipient: { id: account.id }, timestamp: now, ...body };
}

/** An event from the account to the person (echoes). */
export function fromAccount(
  account: MetaAccount,
  userId: string,
  now: number,
  body: Record<string, unknown>,
): MessagingEvent {
  return { sender: { id: account.id }, recipient: { id: userId }, timestamp: now, ...body };
}
