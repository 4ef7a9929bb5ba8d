/** Reads what changed in a thread since the last poll: new messages and new statuses (ticks). */
import type { Message } from "../../api/types";

/**
 * The next poll asks a little further back than the newest `updatedAt` it saw, so a change stamped just
 * before a slower write committed is not skipped; merging by id drops the repeats.
 */
export const SYNC_OVERLAP_MS = 2000;

/** Pure: the `since` for the next poll of a thread already holding `messages`; undefined reads it all. */
export function pollSince(messages: readonly Message[]): number | undefined {
  if (messages.length === 0) return undefined;
  const newest = messages.reduce((max, message) => Math.max(max, message.updatedAt), 0);
  return Math.max(0, newest - SYNC_OVERLAP_MS);
}

export type ListMessages = (query: { since?: number; limit: number }) => Promise<Message[]>;

export interface MessageChanges {
  items: Message[];
  /** Set when `maxPages` ran out: where the next poll continues instead of `pollSince`. */
  resumeSince: number | undefined;
}

/**
 * Every message created or changed after `since`. The API answers in `createdAt` order, so a full page
 * continues from just before its last message's `createdAt`: every later message was created, and so
 * last updated, after that. Older messages updated meanwhile come again and are merged away.
 */
export async function fetchMessageChanges(
  list: ListMessages,
  since: number | undefined,
  { limit = 200, maxPages = 10 }: { limit?: number; maxPages?: number } = {},
): Promise<MessageChanges> {
  const items: Message[] = [];
  let from = since;
  for (let page = 0; page < maxPages; page++) {
    const batch = await list(from === undefined ? { limit } : { since: from, limit });
    items.push(...batch);
    const last = batch.at(-1);
    if (batch.length < limit || last === undefined) return { items, resumeSince: undefined };
    const next = last.createdAt - 1;
    // A page made only of older, re-updated messages gives no way forward; the next poll tries again.
    if (from !== undefined && next <= from) return { items, resumeSince: undefined };
    from = next;
  }
  return { items, resumeSince: from };
}
