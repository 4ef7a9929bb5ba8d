/**
 * LINE message objects (PLATFORMS.md D1, D2): text (5,000), sticker, image, video, audio, location
 * (title and address 100), imagemap, template (altText 400) and flex (altText 1,500), each with an
 * optional quick reply (≤ 13 items) and sender; 1 to 5 per request.
 */
import { z } from "zod";
import { quickReplyItemSchema } from "./line-action-schemas.js";
import { httpsUrl, lineIssue, sized, text, upTo } from "./line-field-rules.js";
import { flexContainerSchema } from "./line-flex-schemas.js";
import { templateSchema } from "./line-template-schemas.js";

const common = {
  quickReply: z.looseObject({ items: sized(quickReplyItemSchema, 1, 13) }).optional(),
  sender: z
    .looseObject({ name: upTo(20).optional(), iconUrl: httpsUrl(1000).optional() })
    .superRefine((sender, ctx) => {
      if (sender.name !== undefined && /line/i.test(sender.name))
        lineIssue(ctx, ["name"], "may not contain the word LINE");
    })
    .optional(),
};

const media = { originalContentUrl: httpsUrl(2000), previewImageUrl: httpsUrl(2000) };

export const lineMessageSchema = z.discriminatedUnion("type", [
  z.looseObject({
    type: z.literal("text"),
    ...common,
    text: text(5000),
    emojis: sized(
      z.looseObject({ index: z.number().int().min(0), productId: z.string(), emojiId: z.string() }),
      0,
      20,
    ).optional(),
    quoteToken: z.string().optional(),
  }),
  z.looseObject({
    type: z.literal("sticker"),
    ...common,
    packageId: text(64),
    stickerId: text(64),
    quoteToken: z.string().optional(),
  }),
  z.looseObject({ type: z.literal("image"), ...common, ...media }),
  z.looseObject({ type: z.literal("video"), ...common, ...media, trackingId: upTo(100).optional() }),
  z.looseObject({
    type: z.literal("audio"),
    ...common,
    originalContentUrl: httpsUrl(2000),
    duration: z.number().int().min(1),
  }),
  z.looseObject({
    type: z.literal("location"),
    ...common,
    title: text(100),
    address: text(100),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  }),
  z.looseObject({
    type: z.literal("imagemap"),
    ...common,
    baseUrl: httpsUrl(2000),
    altText: text(1500),
    baseSize: z.looseObject({ width: z.literal(1040), height: z.number().int().min(1) }),
    actions: sized(
      z.looseObject({ type: z.enum(["uri", "message", "clipboard"]), area: z.looseObject({}) }),
      1,
      50,
    ),
  }),
  z.looseObject({ type: z.literal("template"), ...common, altText: text(400), template: templateSchema }),
  z.looseObject({ type: z.literal("flex"), ...common, altText: text(1500), contents: flexContainerSchema }),
]);

export type LineMessage = z.infer<typeof lineMessageSchema>;

/** `messages` of a reply or push: 1 to 5 message objects. */
export const lineMessagesSchema = sized(lineMessageSchema, 1, 5);
