/** Folds freshly polled messages into the thread: newer copies replace older ones (statuses move on). */
import type { Message } from "../../api/types";

function byTime(a: Message, b: Message): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Pure: the thread with `incoming` merged in by id (the copy with the later `updatedAt` wins), oldest
 * first. Returns `current` itself when nothing
 * changed, so a quiet poll does not re-render the thread.
 */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): readonly Message[] {
  if (incoming.length === 0) return current;
  const byId = new Map(current.map((message) => [message.id, message]));
  let changed = false;
  for (const message of incoming) {
    const known = byId.get(message.id);
    // An answer that raced a newer poll must not turn a read message back into a pending one.
    if (known && (known.updatedAt > message.updatedAt || JSON.stringify(known) === JSON.stringify(message)))
      continue;
    byId.set(message.id, message);
    changed = true;
  }
  return changed ? [...byId.values()].sort(byTime) : current;
}
