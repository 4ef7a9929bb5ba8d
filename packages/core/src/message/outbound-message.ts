/**
 * The channel-neutral message an author writes once. Each channel compiler checks it against that
 * platform's limits and renders it natively. The schema is the single source of the type.
 */
import { z } from "zod";

/** A media file, by public URL or by an id the platform already holds. */
export const MediaSourceSchema = z.union([
  z.object({ url: z.url() }).strict(),
  z.object({ mediaId: z.string().min(1) }).strict(),
]);
export type MediaSource = z.infer<typeof MediaSourceSchema>;

export const MediaTypeSchema = z.enum(["image", "video", "audio", "document", "sticker"]);
export type MediaType = z.infer<typeof MediaTypeSchema>;

/** The top part of an interactive message: a short text or one media file. */
export const HeaderSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string() }).strict(),
  z.object({ type: z.enum(["image", "video", "document"]), source: MediaSourceSchema }).strict(),
]);
export type Header = z.infer<typeof HeaderSchema>;

/** One option of a choice. `id` comes back when the customer taps it. */
export const ChoiceOptionSchema = z
  .object({ id: z.string(), title: z.string(), description: z.string().optional() })
  .strict();
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

export const ChoiceSectionSchema = z
  .object({ title: z.string().optional(), options: z.array(ChoiceOptionSchema) })
  .strict();
export type ChoiceSection = z.infer<typeof ChoiceSectionSchema>;

export const ContactCardSchema = z
  .object({
    formattedName: z.string(),
    firstName: z.string().optional(),
    lastName: z.string().optional(),
    phones: z
      .array(z.object({ phone: z.string(), type: z.string().optional(), waId: z.string().optional() }))
      .optional(),
    emails: z.array(z.object({ email: z.string(), type: z.string().optional() })).optional(),
    organization: z.string().optional(),
    urls: z.array(z.object({ url: z.string(), type: z.string().optional() })).optional(),
  })
  .strict();
export type ContactCard = z.infer<typeof ContactCardSchema>;

const TextMessage = z
  .object({ kind: z.literal("text"), text: z.string(), previewUrl: z.boolean().optional() })
  .strict();

const MediaMessage = z
  .object({
    kind: z.literal("media"),
    mediaType: MediaTypeSchema,
    source: MediaSourceSchema,
    caption: z.string().optional(),
    filename: z.string().optional(),
  })
  .strict();

const LocationMessage = z
  .object({
    kind: z.literal("location"),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    name: z.string().optional(),
    address: z.string().optional(),
  })
  .strict();

const ContactsMessage = z
  .object({ kind: z.literal("contacts"), contacts: z.array(ContactCardSchema) })
  .strict();

const ReactionMessage = z
  .object({
    kind: z.literal("reaction"),
    /** Provider id of the customer's message reacted to. */
    targetMessageId: z.string(),
    /** An empty string removes the reaction. */
    emoji: z.string(),
  })
  .strict();

/**
 * What a channel does when its native choice form cannot hold as many options as the author wrote:
 * `refuse` (the default) reports the count as a violation, `numbered_text` sends one text with a numbered
 * line per option (the customer replies "1".."n" or the title), `split` sends several native messages.
 */
export const ChoicesFallbackSchema = z.enum(["refuse", "numbered_text", "split"]);
export type ChoicesFallback = z.infer<typeof ChoicesFallbackSchema>;

/**
 * Options for the customer to pick one. `style` chooses the native form: `buttons` (reply buttons),
 * `list` (a button that opens a list), or `auto` (buttons when they fit, else a list).
 */
const ChoicesMessage = z
  .object({
    kind: z.literal("choices"),
    header: HeaderSchema.optional(),
    body: z.string(),
    footer: z.string().optional(),
    style: z.enum(["auto", "buttons", "list"]).default("auto"),
    /** Label of the button that opens a list. */
    listButton: z.string().optional(),
    sections: z.array(ChoiceSectionSchema),
    /** What a channel does when its native form cannot hold this many options (see `ChoicesFallbackSchema`). */
    fallback: ChoicesFallbackSchema.optional(),
  })
  .strict();

/** A card button: `url` opens a link; `reply` sends its `id` back when tapped, like a choice option. */
export const CarouselButtonSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("url"), title: z.string(), url: z.string() }).strict(),
  z.object({ type: z.literal("reply"), id: z.string(), title: z.string() }).strict(),
]);
export type CarouselButton = z.infer<typeof CarouselButtonSchema>;

/** One card: a title, an optional text and image, a link opened by tapping the card, up to 3 buttons. */
export const CarouselCardSchema = z
  .object({
    title: z.string(),
    subtitle: z.string().optional(),
    image: MediaSourceSchema.optional(),
    /** Opened when the card itself is tapped. */
    url: z.string().optional(),
    buttons: z.array(CarouselButtonSchema).default([]),
  })
  .strict();
export type CarouselCard = z.infer<typeof CarouselCardSchema>;

/**
 * 1–10 cards shown side by side (each channel checks the counts and lengths and reports them with their
 * paths). `body` is an intro text above the cards. When a channel cannot show the cards natively the
 * `fallback` decides, as for choices: `refuse`, `numbered_text` (reply buttons numbered 1..n) or `split`
 * (one message per card, or several carousels).
 */
const CarouselMessage = z
  .object({
    kind: z.literal("carousel"),
    body: z.string().optional(),
    cards: z.array(CarouselCardSchema),
    fallback: ChoicesFallbackSchema.optional(),
  })
  .strict();

const CallToActionMessage = z
  .object({
    kind: z.literal("cta_url"),
    header: HeaderSchema.optional(),
    body: z.string(),
    footer: z.string().optional(),
    buttonText: z.string(),
    url: z.string(),
  })
  .strict();

const LocationRequestMessage = z.object({ kind: z.literal("location_request"), body: z.string() }).strict();

const ProductMessage = z
  .object({
    kind: z.literal("product"),
    catalogId: z.string(),
    productId: z.string(),
    body: z.string().optional(),
    footer: z.string().optional(),
  })
  .strict();

const ProductListMessage = z
  .object({
    kind: z.literal("product_list"),
    catalogId: z.string(),
    header: z.string(),
    body: z.string(),
    footer: z.string().optional(),
    sections: z.array(z.object({ title: z.string(), productIds: z.array(z.string()) }).strict()),
  })
  .strict();

const FlowMessage = z
  .object({
    kind: z.literal("flow"),
    header: z.string().optional(),
    body: z.string(),
    footer: z.string().optional(),
    flowId: z.string().optional(),
    flowName: z.string().optional(),
    cta: z.string(),
    flowToken: z.string().optional(),
    mode: z.enum(["published", "draft"]).optional(),
    action: z.enum(["navigate", "data_exchange"]).optional(),
    screen: z.string().optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export const TemplateParameterSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string(), name: z.string().optional() }).strict(),
  z
    .object({
      type: z.literal("currency"),
      fallback: z.string(),
      code: z.string(),
      amount1000: z.number().int(),
      name: z.string().optional(),
    })
    .strict(),
  z.object({ type: z.literal("date_time"), fallback: z.string(), name: z.string().optional() }).strict(),
  z
    .object({
      type: z.enum(["image", "video", "document"]),
      source: MediaSourceSchema,
      filename: z.string().optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal("location"),
      latitude: z.number(),
      longitude: z.number(),
      name: z.string().optional(),
      address: z.string().optional(),
    })
    .strict(),
]);
export type TemplateParameter = z.infer<typeof TemplateParameterSchema>;

export const TemplateButtonParameterSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("quick_reply"), index: z.number().int(), payload: z.string() }).strict(),
  z.object({ type: z.literal("url"), index: z.number().int(), text: z.string() }).strict(),
  z.object({ type: z.literal("copy_code"), index: z.number().int(), code: z.string() }).strict(),
]);
export type TemplateButtonParameter = z.infer<typeof TemplateButtonParameterSchema>;

const TemplateMessage = z
  .object({
    kind: z.literal("template"),
    name: z.string(),
    language: z.string(),
    header: z.array(TemplateParameterSchema).optional(),
    body: z.array(TemplateParameterSchema).optional(),
    buttons: z.array(TemplateButtonParameterSchema).optional(),
  })
  .strict();

export const OutboundMessageSchema = z.discriminatedUnion("kind", [
  TextMessage,
  MediaMessage,
  LocationMessage,
  ContactsMessage,
  ReactionMessage,
  ChoicesMessage,
  CallToActionMessage,
  CarouselMessage,
  LocationRequestMessage,
  ProductMessage,
  ProductListMessage,
  FlowMessage,
  TemplateMessage,
]);

/** What authors and agents write; every channel compiles it. */
export type OutboundMessage = z.infer<typeof OutboundMessageSchema>;
/** The same, before defaults are applied (what an API client may send). */
export type OutboundMessageInput = z.input<typeof OutboundMessageSchema>;
export type OutboundMessageKind = OutboundMessage["kind"];
export type MessageOf<K extends OutboundMessageKind> = Extract<OutboundMessage, { kind: K }>;
