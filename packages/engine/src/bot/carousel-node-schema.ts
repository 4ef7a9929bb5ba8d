/**
 * The carousel node: cards side by side whose reply buttons behave like a choice's options (go to a module,
 * add or remove tags); link buttons open a URL. The fields mirror the neutral carousel message, so its
 * paths (`cards[1].buttons[0].title`) name the node's own fields.
 */
import { z } from "zod";
import { ChoicesFallbackSchema, MediaSourceSchema } from "@switchboard/core";
import type { MessageOf } from "@switchboard/core";
import { answerSettingsShape, optionOutcomeShape } from "./answer-shapes.js";
import type { ChoiceNodeOption } from "./choice-node-schema.js";
import { reportRepeatedIds } from "./report-repeated-ids.js";

/** A reply button: its id comes back when tapped; it may go to a module and change tags. */
const ReplyButtonSchema = z
  .object({
    type: z.literal("reply"),
    id: z.string().min(1),
    title: z.string().min(1),
    ...optionOutcomeShape,
  })
  .strict();

const UrlButtonSchema = z
  .object({ type: z.literal("url"), title: z.string().min(1), url: z.string().min(1) })
  .strict();

export const CarouselNodeCardSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().optional(),
    image: MediaSourceSchema.optional(),
    url: z.string().optional(),
    buttons: z.array(z.discriminatedUnion("type", [ReplyButtonSchema, UrlButtonSchema])).default([]),
  })
  .strict();
export type CarouselNodeCard = z.infer<typeof CarouselNodeCardSchema>;

export const CarouselNodeSchema = z
  .object({
    kind: z.literal("carousel"),
    body: z.string().optional(),
    cards: z.array(CarouselNodeCardSchema).min(1),
    /** What a channel does when it cannot show these cards natively; absent: refuse. */
    fallback: ChoicesFallbackSchema.optional(),
    ...answerSettingsShape,
  })
  .strict()
  .superRefine((node, ctx) =>
    reportRepeatedIds(
      ctx,
      node.cards.flatMap((card, c) =>
        card.buttons.flatMap((button, b) =>
          button.type === "reply" ? [{ id: button.id, path: ["cards", c, "buttons", b, "id"] }] : [],
        ),
      ),
      (id) => `button id "${id}" is used twice in this carousel`,
    ),
  );
export type CarouselNode = z.infer<typeof CarouselNodeSchema>;

/** The reply buttons in card order, as the options a customer answers (by tap, number or title). */
export function carouselNodeOptions(node: CarouselNode): ChoiceNodeOption[] {
  return node.cards.flatMap((card) =>
    card.buttons.flatMap((button) =>
      button.type === "reply"
        ? [
            {
              id: button.id,
              title: button.title,
              ...(button.goTo === undefined ? {} : { goTo: button.goTo }),
              addTags: button.addTags,
              removeTags: button.removeTags,
            },
          ]
        : [],
    ),
  );
}

/** The carousel message for a carousel node: its cards without the buttons' go-to and tag behaviour. */
export function carouselNodeMessage(node: CarouselNode): MessageOf<"carousel"> {
  return {
    kind: "carousel",
    ...(node.body === undefined ? {} : { body: node.body }),
    cards: node.cards.map((card) => ({
      title: card.title,
      ...(card.subtitle === undefined ? {} : { subtitle: card.subtitle }),
      ...(card.image === undefined ? {} : { image: card.image }),
      ...(card.url === undefined ? {} : { url: card.url }),
      buttons: card.buttons.map((button) =>
        button.type === "reply"
          ? { type: "reply" as const, id: button.id, title: button.title }
          : { type: "url" as const, title: button.title, url: button.url },
      ),
    })),
    ...(node.fallback === undefined ? {} : { fallback: node.fallback }),
  };
}
