/** The change events of `GET /api/v1/events` (docs/api.md): hints naming what to fetch again. */
import type { EpochMs } from "./types";

export type LiveEvent =
  | { type: "conversation.changed"; conversationId: string; at: EpochMs }
  | { type: "message.changed"; conversationId: string; messageId: string; at: EpochMs }
  | { type: "note.changed"; conversationId: string; noteId: string; at: EpochMs };

/**
 * Pure: one `data:` payload of the stream as an event; null for anything else (a kind this console does
 * not know yet, or a malformed one), which the console ignores.
 */
export function parseLiveEvent(data: string): LiveEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof json !== "object" || json === null || !("type" in json)) return null;
  if (!("conversationId" in json) || !isId(json.conversationId)) return null;
  if (!("at" in json) || typeof json.at !== "number" || !Number.isFinite(json.at)) return null;
  const { conversationId, at } = json;
  if (json.type === "conversation.changed") return { type: "conversation.changed", conversationId, at };
  if (json.type === "message.changed" && "messageId" in json && isId(json.messageId))
    return { type: "message.changed", conversationId, messageId: json.messageId, at };
  if (json.type === "note.changed" && "noteId" in json && isId(json.noteId))
    return { type: "note.changed", conversationId, noteId: json.noteId, at };
  return null;
}

function isId(value: unknown): value is string {
  return typeof value === "string" && value !== "";
}
