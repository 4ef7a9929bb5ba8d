/**
 * Splits one Messenger or Instagram webhook body (Meta batches entries and events) into one body per
 * `messaging` item, `standby` item or `changes` item, each in the same envelope, so every event is
 * stored, deduplicated and processed on its own.
 */
import { EntrySchema, entriesOf, MESSENGER_PLATFORM } from "./webhook-envelope.js";
import type { MessagingPlatform } from "./webhook-envelope.js";
import { changeDedupeKey, messagingDedupeKey } from "./messaging-dedupe-key.js";

export interface MessagingWebhookItem {
  /** The Page id (Messenger) or Instagram professional account id the event is addressed to: `entry.id`. */
  accountExternalId: string;
  /** Same for every redelivery of this event; undefined when it has nothing stable (hash the body). */
  dedupeKey: string | undefined;
  /** A complete webhook body holding only this event. */
  body: Record<string, unknown>;
}

/** One body per event of a `platform` envelope; [] for anything else. */
export function splitMessagingWebhook(body: unknown, platform: MessagingPlatform): MessagingWebhookItem[] {
  const entries = entriesOf(body, platform);
  if (entries === undefined) return [];
  const items: MessagingWebhookItem[] = [];
  for (const rawEntry of entries) {
    const entry = EntrySchema.safeParse(rawEntry);
    if (!entry.success) continue;
    const { id, time } = entry.data;
    const wrap = (list: "messaging" | "standby" | "changes", item: unknown): Record<string, unknown> => ({
      object: platform.object,
      entry: [{ id, ...(time === undefined ? {} : { time }), [list]: [item] }],
    });
    for (const item of entry.data.messaging ?? []) {
      items.push({
        accountExternalId: id,
        dedupeKey: messagingDedupeKey(item, id),
        body: wrap("messaging", item),
      });
    }
    for (const item of entry.data.standby ?? []) {
      const key = messagingDedupeKey(item, id);
      items.push({ accountExternalId: id, dedupeKey: key && `standby:${key}`, body: wrap("standby", item) });
    }
    for (const change of entry.data.changes ?? []) {
      items.push({
        accountExternalId: id,
        dedupeKey: changeDedupeKey(change),
        body: wrap("changes", change),
      });
    }
  }
  return items;
}

/** Messenger (`object: "page"`): one body per messaging event or feed change. */
export function splitMessengerWebhook(body: unknown): MessagingWebhookItem[] {
  return splitMessagingWebhook(body, MESSENGER_PLATFORM);
}
