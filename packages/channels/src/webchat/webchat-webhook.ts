/**
 * The web chat's "webhook": what the public widget endpoints hand to the inbound pipeline, one entry per
 * visitor action, signed like any platform's webhook (HMAC-SHA256 of the raw body with the account's
 * secret, `X-Webchat-Signature: sha256=<hex>`). A website's backend holding the secret may post it too.
 */
import { z } from "zod";

const Text = z.string().min(1).max(4096);

export const WebchatVisitorMessageSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: Text }).strict(),
  z
    .object({
      kind: z.literal("choice"),
      /** How the option was shown: inline buttons or the list sheet. */
      via: z.enum(["button", "list"]),
      optionId: z.string().min(1).max(256),
      title: z.string().min(1).max(200),
    })
    .strict(),
  z
    .object({
      kind: z.literal("location"),
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
    })
    .strict(),
]);
export type WebchatVisitorMessage = z.infer<typeof WebchatVisitorMessageSchema>;

const Common = {
  /** The web chat account's public widget key. */
  widgetKey: z.string().min(1).max(100),
  /** The visitor's id on this account: the contact's platform id. */
  visitorId: z.string().min(1).max(200),
  /** Unix epoch milliseconds. */
  timestamp: z.number().int().nonnegative(),
};

export const WebchatEntrySchema = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("message"),
      ...Common,
      /** Unique per visitor message (made by the widget, so a resend is stored once). */
      id: z.string().min(1).max(200),
      displayName: z.string().min(1).max(200).optional(),
      message: WebchatVisitorMessageSchema,
    })
    .strict(),
  z
    .object({
      type: z.literal("status"),
      ...Common,
      /** Our message's provider id, as the widget received it. */
      messageId: z.string().min(1).max(200),
      status: z.enum(["delivered", "read"]),
    })
    .strict(),
]);
export type WebchatEntry = z.infer<typeof WebchatEntrySchema>;

export const WEBCHAT_OBJECT = "webchat";

export const WebchatWebhookSchema = z.object({
  object: z.literal(WEBCHAT_OBJECT),
  entry: z.array(z.unknown()).max(100),
});

export type WebchatWebhook = { object: typeof WEBCHAT_OBJECT; entry: WebchatEntry[] };

/** The key a stored entry is deduplicated by: the same visitor action always gives the same key. */
export function webchatDedupeKey(entry: WebchatEntry): string {
  return entry.type === "message"
    ? `${entry.widgetKey}:m:${entry.visitorId}:${entry.id}`
    : `${entry.widgetKey}:s:${entry.messageId}:${entry.status}`;
}
