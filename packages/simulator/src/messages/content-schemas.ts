/** Rules for the non-interactive message types (PLATFORMS.md A2) and the template send shape (A5.5). */
import { z } from "zod";
import { httpUrl, upTo, mediaObject, text } from "./field-rules.js";

const optional = (max: number) => upTo(max).optional();

const contactCard = z.strictObject({
  name: z.strictObject({
    formatted_name: text(1024),
    first_name: optional(1024),
    last_name: optional(1024),
    middle_name: optional(1024),
    suffix: optional(1024),
    prefix: optional(1024),
  }),
  phones: z
    .array(z.strictObject({ phone: optional(64), type: optional(64), wa_id: optional(64) }))
    .optional(),
  emails: z.array(z.strictObject({ email: optional(320), type: optional(64) })).optional(),
  addresses: z
    .array(
      z.strictObject({
        street: optional(1024),
        city: optional(1024),
        state: optional(1024),
        zip: optional(64),
        country: optional(1024),
        country_code: optional(8),
        type: optional(64),
      }),
    )
    .optional(),
  org: z
    .strictObject({ company: optional(1024), department: optional(1024), title: optional(1024) })
    .optional(),
  urls: z.array(z.strictObject({ url: httpUrl, type: optional(64) })).optional(),
  birthday: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
    .optional(),
});

const templateParameter = z.looseObject({
  type: z.enum([
    "text",
    "currency",
    "date_time",
    "image",
    "video",
    "document",
    "location",
    "payload",
    "coupon_code",
    "action",
  ]),
  parameter_name: z.string().min(1).optional(),
});

export const templateComponentSchema = z.strictObject({
  type: z.enum(["header", "body", "button", "carousel", "limited_time_offer"]),
  sub_type: z.string().optional(),
  index: z.union([z.string().regex(/^\d+$/), z.number().int().min(0)]).optional(),
  parameters: z.array(templateParameter).optional(),
  cards: z.array(z.unknown()).optional(),
});

export type TemplateComponentInput = z.infer<typeof templateComponentSchema>;

const templateSchema = z.strictObject({
  name: text(512),
  language: z.strictObject({ code: text(16), policy: z.literal("deterministic").optional() }),
  namespace: z.string().optional(),
  components: z.array(templateComponentSchema).optional(),
});

export type TemplateInput = z.infer<typeof templateSchema>;

/** The content object rules per non-interactive `type`. */
export const contentSchemas = {
  text: z.strictObject({ body: text(4096), preview_url: z.boolean().optional() }),
  image: mediaObject({ caption: 1024 }),
  video: mediaObject({ caption: 1024 }),
  audio: mediaObject(),
  document: mediaObject({ caption: 1024, filename: true }),
  sticker: mediaObject(),
  location: z.strictObject({
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    name: optional(1024),
    address: optional(1024),
  }),
  contacts: z.array(contactCard).min(1),
  reaction: z.strictObject({ message_id: text(256), emoji: upTo(16) }),
  template: templateSchema,
};
