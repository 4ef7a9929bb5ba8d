// A Messenger webhook body (PLATFORMS.md B5, B7) → the neutral events in it: messages, echoes,
// postbacks, referrals, opt-ins, deliveries, reads and Page feed comments. Instagram reuses the walk.
import type { InboundEvent } from "@switchboard/core";
import { parseFeedChange } from "./parse-feed-change.js";
import { parseMessagingItem } from "./parse-messaging-item.js";
import {
  EntrySchema,
  entriesOf,
  MESSENGER_PLATFORM,
  type EntryContext,
  type MessagingPlatform,
} from "./webhook-envelope.js";
import { z } from "zod";

const ChangeSchema = z.object({ field: z.string().min(1), value: z.unknown() });

/** Turns one `changes` item's value into an event; `entryTime` is the entry's `time`, when it has one. */
export type ChangeParser = (
  field: string,
  value: unknown,
  context: EntryContext,
  entryTime: number | undefined,
) => InboundEvent;

/**
 * Pure and total: never throws. A body that is not this platform's envelope gives []; malformed entries
 * and items are skipped, the rest still parse, in payload order. `standby` items (another app controls
 * the thread) become `other` events of field `standby`.
 */
export function parseMessagingWebhook(
  body: unknown,
  platform: MessagingPlatform,
  parseChange: ChangeParser,
): InboundEvent[] {
  const entries = entriesOf(body, platform);
  if (entries === undefined) return [];
  const events: InboundEvent[] = [];
  for (const rawEntry of entries) {
    const entry = EntrySchema.safeParse(rawEntry);
    if (!entry.success) continue;
    const context: EntryContext = { channel: platform.channel, accountExternalId: entry.data.id };
    for (const item of entry.data.messaging ?? []) events.push(...parseMessagingItem(item, context));
    for (const item of entry.data.standby ?? []) {
      events.push({
        type: "other",
        channel: platform.channel,
        accountExternalId: entry.data.id,
        field: "standby",
        raw: item,
      });
    }
    for (const rawChange of entry.data.changes ?? []) {
      const change = ChangeSchema.safeParse(rawChange);
      if (change.success)
        events.push(parseChange(change.data.field, change.data.value, context, entry.data.time));
    }
  }
  return events;
}

const parseMessengerChange: ChangeParser = (field, value, context, entryTime) =>
  field === "feed"
    ? parseFeedChange(value, context, entryTime)
    : {
        type: "other",
        channel: context.channel,
        accountExternalId: context.accountExternalId,
        field,
        raw: value,
      };

/** Messenger (`object: "page"`): events are addressed to the Page (`accountExternalId` = `entry.id`). */
export function parseMessengerWebhook(body: unknown): InboundEvent[] {
  return parseMessagingWebhook(body, MESSENGER_PLATFORM, parseMessengerChange);
}
