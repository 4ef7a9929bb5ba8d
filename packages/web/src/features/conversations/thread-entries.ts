/** Pure: the thread's messages and internal notes in one list, oldest first (a note after a message of the same time). */
import type { ConversationNote } from "../../api/inbox-api";
import type { Message } from "../../api/types";

export type ThreadEntry = { kind: "message"; message: Message } | { kind: "note"; note: ConversationNote };

export function threadEntries(
  messages: readonly Message[],
  notes: readonly ConversationNote[],
): ThreadEntry[] {
  const entries: ThreadEntry[] = messages.map((message) => ({ kind: "message", message }));
  const sorted = [...notes].sort((a, b) => a.createdAt - b.createdAt);
  let at = 0;
  for (const note of sorted) {
    while (at < entries.length && timeOf(entries[at]) <= note.createdAt) at += 1;
    entries.splice(at, 0, { kind: "note", note });
    at += 1;
  }
  return entries;
}

function timeOf(entry: ThreadEntry | undefined): number {
  if (entry === undefined) return Number.POSITIVE_INFINITY;
  return entry.kind === "message" ? entry.message.createdAt : entry.note.createdAt;
}
