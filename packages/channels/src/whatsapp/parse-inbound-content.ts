// What a customer sent on WhatsApp, by message `type` (PLATFORMS.md A7.4), as neutral InboundContent.
import { z } from "zod";
import type { InboundContent, MediaType } from "@switchboard/core";
import { parseWhatsAppContactCards } from "./parse-contact-cards.js";
import { parseWhatsAppErrorDetails } from "./parse-error-details.js";

/** Numbers Meta usually sends as JSON numbers; numeric strings are accepted too. */
const Decimal = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);
const optionalText = z.string().optional();

const TextSchema = z.object({ body: z.string() });
const MediaSchema = z.object({
  id: z.string().min(1),
  mime_type: optionalText,
  sha256: optionalText,
  caption: optionalText,
  filename: optionalText,
  url: optionalText,
  voice: z.boolean().optional(),
  animated: z.boolean().optional(),
});
const LocationSchema = z.object({
  latitude: Decimal,
  longitude: Decimal,
  name: optionalText,
  address: optionalText,
  url: optionalText,
});
const ChoiceSchema = z.object({ id: z.string(), title: z.string(), description: optionalText });
const InteractiveSchema = z.object({
  type: z.string(),
  button_reply: ChoiceSchema.optional(),
  list_reply: ChoiceSchema.optional(),
  nfm_reply: z
    .object({ name: z.string().default("flow"), body: z.string().default(""), response_json: z.string() })
    .optional(),
});
const TemplateButtonSchema = z.object({ payload: optionalText, text: z.string() });
const ReactionSchema = z.object({ message_id: z.string().min(1), emoji: optionalText });
const OrderSchema = z.object({
  catalog_id: z.string(),
  text: optionalText,
  product_items: z.array(
    z.object({
      product_retailer_id: z.string(),
      quantity: Decimal,
      item_price: Decimal,
      currency: z.string(),
    }),
  ),
});
const SystemSchema = z.object({
  body: z.string().default(""),
  type: z.string().default("unknown"),
  wa_id: optionalText,
  /** Older payloads name the new number `new_wa_id`. */
  new_wa_id: optionalText,
});

/** Reads the object under the message's `type` key; undefined when it does not have the expected shape. */
type ContentReader = (content: unknown) => InboundContent | undefined;

function readMedia(mediaType: MediaType): ContentReader {
  return (content) => {
    const parsed = MediaSchema.safeParse(content);
    if (!parsed.success) return undefined;
    const m = parsed.data;
    return {
      kind: "media",
      mediaType,
      mediaId: m.id,
      mimeType: m.mime_type,
      sha256: m.sha256,
      caption: m.caption,
      filename: m.filename,
      url: m.url,
      voice: m.voice,
      animated: m.animated,
    };
  };
}

function readInteractive(content: unknown): InboundContent | undefined {
  const parsed = InteractiveSchema.safeParse(content);
  if (!parsed.success) return undefined;
  const { type, button_reply, list_reply, nfm_reply } = parsed.data;
  if (type === "button_reply" && button_reply) {
    return { kind: "choice_reply", via: "button", optionId: button_reply.id, title: button_reply.title };
  }
  if (type === "list_reply" && list_reply) {
    const { id, title, description } = list_reply;
    return { kind: "choice_reply", via: "list", optionId: id, title, description };
  }
  if (type === "nfm_reply" && nfm_reply) {
    return {
      kind: "flow_reply",
      name: nfm_reply.name,
      body: nfm_reply.body,
      responseJson: nfm_reply.response_json,
    };
  }
  return undefined;
}

const readers = new Map<string, ContentReader>([
  ["text", (c) => mapParsed(TextSchema, c, (t) => ({ kind: "text", text: t.body }))],
  ["image", readMedia("image")],
  ["video", readMedia("video")],
  ["audio", readMedia("audio")],
  ["document", readMedia("document")],
  ["sticker", readMedia("sticker")],
  ["location", (c) => mapParsed(LocationSchema, c, (l) => ({ kind: "location", ...l }))],
  [
    "contacts",
    (c) => (Array.isArray(c) ? { kind: "contacts", contacts: parseWhatsAppContactCards(c) } : undefined),
  ],
  ["interactive", readInteractive],
  [
    "button",
    (c) =>
      mapParsed(TemplateButtonSchema, c, (b) => ({
        kind: "template_button",
        payload: b.payload ?? b.text,
        text: b.text,
      })),
  ],
  [
    "reaction",
    (c) =>
      mapParsed(ReactionSchema, c, (r) => ({
        kind: "reaction",
        targetMessageId: r.message_id,
        emoji: r.emoji ?? "",
      })),
  ],
  [
    "order",
    (c) =>
      mapParsed(OrderSchema, c, (o) => ({
        kind: "order",
        catalogId: o.catalog_id,
        text: o.text,
        items: o.product_items.map((i) => ({
          productId: i.product_retailer_id,
          quantity: i.quantity,
          itemPrice: i.item_price,
          currency: i.currency,
        })),
      })),
  ],
  [
    "system",
    (c) =>
      mapParsed(SystemSchema, c, (s) => ({
        kind: "system",
        systemType: s.type,
        body: s.body,
        newContactId: s.wa_id ?? s.new_wa_id,
      })),
  ],
  ["request_welcome", () => ({ kind: "welcome_request" })],
]);

function mapParsed<T>(
  schema: z.ZodType<T>,
  content: unknown,
  toContent: (value: T) => InboundContent,
): InboundContent | undefined {
  const parsed = schema.safeParse(content);
  return parsed.success ? toContent(parsed.data) : undefined;
}

/**
 * The content of one inbound message object. Never throws: a type we do not know, Meta's own
 * `unsupported`, or a known type whose payload has an unexpected shape all become `unsupported`
 * with the raw type and the message's `errors`, so the conversation still shows that something arrived.
 */
export function parseWhatsAppInboundContent(message: Record<string, unknown>, type: string): InboundContent {
  const content = readers.get(type)?.(message[type]);
  return (
    content ?? { kind: "unsupported", rawType: type, errors: parseWhatsAppErrorDetails(message["errors"]) }
  );
}
