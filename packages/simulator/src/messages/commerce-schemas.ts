/** Rules for catalogue and carousel interactive messages (PLATFORMS.md A3.1): product, product_list, catalog_message, carousel. */
import { z } from "zod";
import { httpUrl, upTo, issue, mediaObject, text, textHeader, textObject } from "./field-rules.js";

const product = z.strictObject({
  type: z.literal("product"),
  body: textObject(1024).optional(),
  footer: textObject(60).optional(),
  action: z.strictObject({ catalog_id: text(64), product_retailer_id: text(128) }),
});

const productList = z
  .strictObject({
    type: z.literal("product_list"),
    header: textHeader,
    body: textObject(1024),
    footer: textObject(60).optional(),
    action: z.strictObject({
      catalog_id: text(64),
      sections: z
        .array(
          z.strictObject({
            title: text(24),
            product_items: z.array(z.strictObject({ product_retailer_id: text(128) })).min(1),
          }),
        )
        .min(1)
        .max(10),
    }),
  })
  .superRefine((message, ctx) => {
    const total = message.action.sections.reduce((sum, section) => sum + section.product_items.length, 0);
    if (total > 30) {
      issue(ctx, 131009, ["action", "sections"], `${total} products in total, WhatsApp allows 30`);
    }
  });

const catalogMessage = z.strictObject({
  type: z.literal("catalog_message"),
  body: textObject(1024),
  footer: textObject(60).optional(),
  action: z.strictObject({
    name: z.literal("catalog_message"),
    parameters: z.strictObject({ thumbnail_product_retailer_id: text(128).optional() }).optional(),
  }),
});

const carouselCard = z.strictObject({
  card_index: z.number().int().min(0).max(9),
  type: z.literal("cta_url"),
  header: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("image"), image: mediaObject() }),
    z.strictObject({ type: z.literal("video"), video: mediaObject() }),
  ]),
  body: z
    .strictObject({ text: upTo(160) })
    .refine((body) => (body.text.match(/\n/g) ?? []).length <= 2, {
      message: "has more than 2 line breaks",
      path: ["text"],
    })
    .optional(),
  action: z.strictObject({
    name: z.literal("cta_url"),
    parameters: z.strictObject({ display_text: text(20), url: httpUrl }),
  }),
});

const carousel = z
  .strictObject({
    type: z.literal("carousel"),
    body: textObject(1024),
    action: z.strictObject({ cards: z.array(carouselCard).min(2).max(10) }),
  })
  .superRefine((message, ctx) => {
    const cards = message.action.cards;
    const first = cards[0]?.header.type;
    cards.forEach((card, i) => {
      if (card.header.type !== first) {
        issue(
          ctx,
          131009,
          ["action", "cards", i, "header", "type"],
          `is ${card.header.type}; every card must use ${first}`,
        );
      }
      if (cards.findIndex((other) => other.card_index === card.card_index) !== i) {
        issue(ctx, 131009, ["action", "cards", i, "card_index"], `${card.card_index} is used twice`);
      }
    });
  });

/** The commerce and carousel subtypes, keyed by `interactive.type`. */
export const commerceSchemas = {
  product,
  product_list: productList,
  catalog_message: catalogMessage,
  carousel,
};
