/**
 * The `message` object of the Send API (PLATFORMS.md B2, C): text (Messenger 2,000, Instagram 1,000
 * characters) or one attachment — media, or a button (text 640, 1–3 buttons), generic (1–10 elements,
 * title and subtitle 80, ≤ 3 buttons), media or receipt template — plus up to 13 quick replies.
 */
import { z } from "zod";
import { httpUrl, issue, text, upTo } from "../messages/field-rules.js";
import { buttonSchema, defaultAction, type MetaRules, quickReplySchema } from "./meta-button-schemas.js";

/** Longest text message per platform (both unconfirmed by Meta, see PLATFORMS.md 0). */
export const TEXT_LIMITS = { messenger: 2000, instagram: 1000 } as const;

function mediaAttachment(type: "image" | "audio" | "video" | "file") {
  return z.strictObject({
    type: z.literal(type),
    payload: z
      .strictObject({
        url: httpUrl.optional(),
        is_reusable: z.boolean().optional(),
        attachment_id: z.string().regex(/^\d+$/, "must be an attachment id").optional(),
      })
      .superRefine((payload, ctx) => {
        if ((payload.url === undefined) === (payload.attachment_id === undefined)) {
          issue(ctx, 100, [], "needs exactly one of url or attachment_id");
        }
      }),
  });
}

function genericTemplate(rules: MetaRules) {
  const element = z
    .strictObject({
      title: text(80),
      subtitle: upTo(80).optional(),
      image_url: httpUrl.optional(),
      default_action: defaultAction.optional(),
      buttons: z.array(buttonSchema(rules)).min(1).max(3).optional(),
    })
    .superRefine((element, ctx) => {
      const others = [element.subtitle, element.image_url, element.default_action, element.buttons];
      if (others.every((value) => value === undefined)) {
        issue(
          ctx,
          100,
          [],
          "an element needs a subtitle, image_url, default_action or buttons besides its title",
        );
      }
    });
  return z.strictObject({
    template_type: z.literal("generic"),
    elements: z.array(element).min(1).max(10),
    sharable: z.boolean().optional(),
    image_aspect_ratio: z.enum(["horizontal", "square"]).optional(),
  });
}

function buttonTemplate(rules: MetaRules) {
  return z.strictObject({
    template_type: z.literal("button"),
    text: text(640),
    buttons: z.array(buttonSchema(rules)).min(1).max(3),
    sharable: z.boolean().optional(),
  });
}

function mediaTemplate(rules: MetaRules) {
  const element = z
    .strictObject({
      media_type: z.enum(["image", "video"]),
      attachment_id: z.string().regex(/^\d+$/, "must be an attachment id").optional(),
      url: z.url({ protocol: /^https$/ }).optional(),
      buttons: z.array(buttonSchema(rules)).min(1).max(3).optional(),
    })
    .superRefine((element, ctx) => {
      if ((element.url === undefined) === (element.attachment_id === undefined)) {
        issue(ctx, 100, [], "needs exactly one of attachment_id or url (a Facebook URL)");
      }
    });
  return z.strictObject({
    template_type: z.literal("media"),
    elements: z.array(element).min(1).max(1),
    sharable: z.boolean().optional(),
  });
}

const money = z.number().min(0);

const receiptTemplate = z.strictObject({
  template_type: z.literal("receipt"),
  recipient_name: text(640),
  order_number: text(640),
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 currency code"),
  payment_method: text(640),
  merchant_name: upTo(640).optional(),
  order_url: httpUrl.optional(),
  timestamp: z.string().regex(/^\d+$/).optional(),
  sharable: z.boolean().optional(),
  address: z
    .looseObject({
      street_1: text(640),
      city: text(640),
      postal_code: text(64),
      state: text(64),
      country: text(64),
    })
    .optional(),
  summary: z.strictObject({
    subtotal: money.optional(),
    shipping_cost: money.optional(),
    total_tax: money.optional(),
    total_cost: money,
  }),
  adjustments: z.array(z.strictObject({ name: text(640), amount: z.number() })).optional(),
  elements: z
    .array(
      z.strictObject({
        title: text(640),
        subtitle: upTo(640).optional(),
        quantity: z.number().int().min(0).optional(),
        price: z.number(),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/)
          .optional(),
        image_url: httpUrl.optional(),
      }),
    )
    .max(100)
    .optional(),
});

function templateAttachment(rules: MetaRules) {
  const templates =
    rules.platform === "instagram"
      ? z.discriminatedUnion("template_type", [genericTemplate(rules), buttonTemplate(rules)])
      : z.discriminatedUnion("template_type", [
          genericTemplate(rules),
          buttonTemplate(rules),
          mediaTemplate(rules),
          receiptTemplate,
        ]);
  return z.strictObject({ type: z.literal("template"), payload: templates });
}

export function messageSchema(rules: MetaRules) {
  const attachment = z.discriminatedUnion("type", [
    mediaAttachment("image"),
    mediaAttachment("audio"),
    mediaAttachment("video"),
    mediaAttachment("file"),
    templateAttachment(rules),
  ]);
  return z
    .strictObject({
      text: upTo(TEXT_LIMITS[rules.platform]).optional(),
      attachment: attachment.optional(),
      quick_replies: z.array(quickReplySchema(rules)).min(1).max(13).optional(),
      metadata: upTo(1000).optional(),
    })
    .superRefine((message, ctx) => {
      if (message.text === undefined && message.attachment === undefined) {
        issue(ctx, 100, [], "Message cannot be empty, must provide valid attachment or text");
      } else if (message.text !== undefined && message.attachment !== undefined) {
        issue(ctx, 100, [], "a message takes text or an attachment, not both");
      } else if (message.text !== undefined && message.text.trim() === "") {
        issue(ctx, 100, ["text"], "Message cannot be empty, must provide valid attachment or text");
      }
    });
}

export type MetaMessage = z.infer<ReturnType<typeof messageSchema>>;

const cache = new Map<string, ReturnType<typeof messageSchema>>();

/** The message rules for a platform, built once per variant. */
export function messageRules(rules: MetaRules): ReturnType<typeof messageSchema> {
  const key = `${rules.platform}:${String(rules.strictTitles)}`;
  let schema = cache.get(key);
  if (schema === undefined) {
    schema = messageSchema(rules);
    cache.set(key, schema);
  }
  return schema;
}
