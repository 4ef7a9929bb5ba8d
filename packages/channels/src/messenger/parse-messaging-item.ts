/**
 * One `messaging` item of a Messenger or Instagram webhook (PLATFORMS.md B5, Part C) → the neutral events
 * in it: messages and echoes, postbacks (Get Started with its referral, menu items, buttons, ice
 * breakers), referrals on existing threads, opt-ins, deliveries and reads. Anything else is `other`.
 */
import { z } from "zod";
import type { InboundEvent, PostbackEvent, ReferralEvent } from "@switchboard/core";
import { parseMessagingMessage } from "./parse-message.js";
import { parseMessagingOptin } from "./parse-optin.js";
import { parseMessagingDelivery, parseMessagingRead } from "./parse-receipts.js";
import { parseMessagingReferral } from "./parse-referral.js";
import type { EntryContext } from "./webhook-envelope.js";

const id = z.object({ id: z.union([z.string().min(1), z.number()]).transform(String) });

const ItemSchema = z.looseObject({
  sender: id.optional().catch(undefined),
  recipient: id.optional().catch(undefined),
  timestamp: z.number(),
});

const PostbackSchema = z.object({
  mid: z.string().min(1).optional().catch(undefined),
  title: z.string().min(1).optional().catch(undefined),
  payload: z.string(),
  referral: z.unknown().optional(),
});

/** Item keys that are not the event itself. */
const ENVELOPE_KEYS = new Set(["sender", "recipient", "timestamp"]);

/** `postback: { mid?, title, payload, referral? }` → a postback event. */
function postbackOf(
  postback: unknown,
  item: { senderId: string; timestamp: number; raw: unknown },
  context: EntryContext,
): PostbackEvent | undefined {
  const parsed = PostbackSchema.safeParse(postback);
  if (!parsed.success) return undefined;
  const { mid, title, payload } = parsed.data;
  const referral = parseMessagingReferral(parsed.data.referral);
  return {
    type: "postback",
    channel: context.channel,
    accountExternalId: context.accountExternalId,
    providerEventId: mid ?? `postback:${item.senderId}:${item.timestamp}`,
    sender: { externalId: item.senderId },
    timestamp: item.timestamp,
    payload,
    ...(title === undefined ? {} : { title }),
    ...(referral === undefined ? {} : { referral }),
    raw: item.raw,
  };
}

/** `referral: { ref, source, type }` alone on an item (`messaging_referrals`) → a referral event. */
function referralOf(
  value: unknown,
  item: { senderId: string; timestamp: number; raw: unknown },
  context: EntryContext,
): ReferralEvent | undefined {
  const referral = parseMessagingReferral(value);
  if (referral === undefined) return undefined;
  return {
    type: "referral",
    channel: context.channel,
    accountExternalId: context.accountExternalId,
    providerEventId: `referral:${item.senderId}:${item.timestamp}`,
    sender: { externalId: item.senderId },
    timestamp: item.timestamp,
    referral,
    raw: item.raw,
  };
}

/**
 * Pure and total. An item without a timestamp or a sender gives [] (opt-ins without a sender id give
 * `other`); a malformed known event gives `other` too, so nothing is silently lost.
 */
export function parseMessagingItem(raw: unknown, context: EntryContext): InboundEvent[] {
  const parsed = ItemSchema.safeParse(raw);
  if (!parsed.success) return [];
  const { sender, recipient, timestamp, ...rest } = parsed.data;
  const field = Object.keys(rest).find((key) => !ENVELOPE_KEYS.has(key)) ?? "messaging";
  const other = (): InboundEvent[] => [
    { type: "other", channel: context.channel, accountExternalId: context.accountExternalId, field, raw },
  ];
  if (rest["optin"] !== undefined) {
    const event = parseMessagingOptin(
      { senderId: sender?.id, timestamp, optin: rest["optin"], raw },
      context,
    );
    return event === undefined ? other() : [event];
  }
  if (sender === undefined) return other();
  const item = { senderId: sender.id, timestamp, raw };
  if (rest["message"] !== undefined) {
    const events = parseMessagingMessage(
      { ...item, recipientId: recipient?.id ?? "", message: rest["message"], referral: rest["referral"] },
      context,
    );
    return events ?? other();
  }
  if (rest["postback"] !== undefined) {
    const event = postbackOf(rest["postback"], item, context);
    return event === undefined ? other() : [event];
  }
  if (rest["referral"] !== undefined) {
    const event = referralOf(rest["referral"], item, context);
    return event === undefined ? other() : [event];
  }
  if (rest["delivery"] !== undefined) return parseMessagingDelivery(item, rest["delivery"], context);
  if (rest["read"] !== undefined) return parseMessagingRead(item, rest["read"], context);
  return other();
}
