/**
 * Dedupe keys for Messenger and Instagram webhook items: the same on every redelivery of an event and
 * different for different events (PLATFORMS.md E1). Message ids (`mid`) are unique platform-wide; keys
 * built from a sender and a time also name the account, since sender ids are scoped to it.
 */
import { z } from "zod";

const text = z.string().min(1);
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const ItemSchema = z.object({
  sender: optional(z.object({ id: optional(text), user_ref: optional(text) })),
  timestamp: optional(z.number()),
  message: optional(z.object({ mid: text, is_echo: optional(z.boolean()) })),
  postback: optional(z.object({ mid: optional(text) })),
  delivery: optional(z.object({ watermark: optional(z.number()), mids: optional(z.array(z.string())) })),
  read: optional(z.object({ watermark: optional(z.number()), mid: optional(text) })),
  reaction: optional(z.object({ mid: optional(text), action: optional(text) })),
  referral: optional(z.object({})),
  optin: optional(z.object({ user_ref: optional(text) })),
});

const ChangeSchema = z.object({
  field: text,
  value: optional(
    z.object({
      item: optional(text),
      verb: optional(text),
      comment_id: optional(text),
      id: optional(text),
    }),
  ),
});

/** The key of one `messaging` item, or undefined when it has nothing stable (the server then hashes the body). */
export function messagingDedupeKey(item: unknown, accountExternalId: string): string | undefined {
  const parsed = ItemSchema.safeParse(item);
  if (!parsed.success) return undefined;
  const { sender, timestamp, message, postback, delivery, read, reaction, referral, optin } = parsed.data;
  if (message) return `${message.is_echo === true ? "echo" : "message"}:${message.mid}`;
  const who = sender?.id ?? sender?.user_ref ?? optin?.user_ref;
  const scoped = (kind: string, ...parts: (string | number)[]) =>
    `${kind}:${[accountExternalId, who ?? "", ...parts].join(":")}`;
  if (postback) {
    if (postback.mid !== undefined) return `postback:${postback.mid}`;
    return timestamp === undefined ? undefined : scoped("postback", timestamp);
  }
  if (delivery) {
    const mark = delivery.watermark ?? delivery.mids?.[0];
    return mark === undefined ? undefined : scoped("delivery", mark);
  }
  if (read) {
    const mark = read.watermark ?? read.mid;
    return mark === undefined ? undefined : scoped("read", mark);
  }
  if (timestamp === undefined) return undefined;
  if (reaction) return scoped("reaction", reaction.mid ?? "", reaction.action ?? "", timestamp);
  if (referral) return scoped("referral", timestamp);
  if (optin) return scoped("optin", timestamp);
  return undefined;
}

/**
 * The key of one `changes` item: new and removed comments by comment id; anything else (edits, other
 * feed items, other fields) undefined, so each distinct body counts once.
 */
export function changeDedupeKey(change: unknown): string | undefined {
  const parsed = ChangeSchema.safeParse(change);
  if (!parsed.success) return undefined;
  const { field, value } = parsed.data;
  if (field === "feed" && value?.item === "comment" && value.comment_id !== undefined) {
    if (value.verb === "add" || value.verb === "remove") return `comment:${value.comment_id}:${value.verb}`;
    return undefined;
  }
  if ((field === "comments" || field === "live_comments") && value?.id !== undefined) {
    return `comment:${value.id}`;
  }
  return undefined;
}
