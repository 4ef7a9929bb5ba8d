/**
 * The change events the console listens to: small hints naming what changed (a conversation, a message),
 * never the data itself. Listeners fetch what they show again.
 */
import { z } from "zod";

const EpochMs = z.number().int().nonnegative();
const Id = z.string().min(1).max(200);

export const ChangeEventSchema = z.discriminatedUnion("type", [
  /** A conversation's row changed: new activity, preview, status. */
  z.object({ type: z.literal("conversation.changed"), conversationId: Id, at: EpochMs }).strict(),
  /** A message was stored or its state moved (accepted, sent, delivered, read, failed, refused). */
  z.object({ type: z.literal("message.changed"), conversationId: Id, messageId: Id, at: EpochMs }).strict(),
  /** An internal note was added to a conversation (staff only; never sent). */
  z.object({ type: z.literal("note.changed"), conversationId: Id, noteId: Id, at: EpochMs }).strict(),
]);

export type ChangeEvent = z.infer<typeof ChangeEventSchema>;

export function conversationChanged(conversationId: string, at: number = Date.now()): ChangeEvent {
  return { type: "conversation.changed", conversationId, at };
}

export function messageChanged(
  conversationId: string,
  messageId: string,
  at: number = Date.now(),
): ChangeEvent {
  return { type: "message.changed", conversationId, messageId, at };
}

export function noteChanged(conversationId: string, noteId: string, at: number = Date.now()): ChangeEvent {
  return { type: "note.changed", conversationId, noteId, at };
}

/**
 * The events of a conversation whose row and messages changed in one commit: the conversation first,
 * then each message.
 */
export function conversationActivity(
  conversationId: string,
  messageIds: readonly string[],
  at: number = Date.now(),
): ChangeEvent[] {
  return [
    conversationChanged(conversationId, at),
    ...messageIds.map((messageId) => messageChanged(conversationId, messageId, at)),
  ];
}

/** Reads an event that crossed a process boundary (JSON text); an error naming the problem otherwise. */
export function parseChangeEvent(
  text: string,
): { ok: true; event: ChangeEvent } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: "not JSON" };
  }
  const parsed = ChangeEventSchema.safeParse(json);
  if (parsed.success) return { ok: true, event: parsed.data };
  return {
    ok: false,
    error: parsed.error.issues
      .map((issue) => `${issue.path.join(".") || "event"}: ${issue.message}`)
      .join("; "),
  };
}
