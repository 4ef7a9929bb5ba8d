/**
 * LINE template messages (PLATFORMS.md D2): buttons (title 40; text 160, or 60 with an image or title;
 * ≤ 4 actions), confirm (text 240, exactly 2 actions), carousel (≤ 10 columns, title 40, text 120 or 60,
 * ≤ 3 actions, every column alike) and image carousel (≤ 10 columns, one action each).
 */
import { z } from "zod";
import { actionSchema } from "./line-action-schemas.js";
import { hexColor, httpsUrl, lineIssue, sized, text, upTo } from "./line-field-rules.js";

const imageAspectRatio = z.enum(["rectangle", "square"]).optional();
const imageSize = z.enum(["cover", "contain"]).optional();

/** Text is limited to `short` characters when the template or column has an image or a title. */
function checkShortText(
  entry: { text: string; thumbnailImageUrl?: string | undefined; title?: string | undefined },
  short: number,
  ctx: z.RefinementCtx,
): void {
  const framed = entry.thumbnailImageUrl !== undefined || entry.title !== undefined;
  if (framed && entry.text.length > short) {
    lineIssue(ctx, ["text"], `Length must be between 0 and ${short} (with an image or title)`);
  }
}

const buttons = z
  .looseObject({
    type: z.literal("buttons"),
    thumbnailImageUrl: httpsUrl(2000).optional(),
    imageAspectRatio,
    imageSize,
    imageBackgroundColor: hexColor.optional(),
    title: upTo(40).optional(),
    text: text(160),
    defaultAction: actionSchema("defaultAction").optional(),
    actions: sized(actionSchema("template"), 1, 4),
  })
  .superRefine((template, ctx) => checkShortText(template, 60, ctx));

const confirm = z.looseObject({
  type: z.literal("confirm"),
  text: text(240),
  actions: sized(actionSchema("template"), 2, 2),
});

const column = z
  .looseObject({
    thumbnailImageUrl: httpsUrl(2000).optional(),
    imageBackgroundColor: hexColor.optional(),
    title: upTo(40).optional(),
    text: text(120),
    defaultAction: actionSchema("defaultAction").optional(),
    actions: sized(actionSchema("template"), 1, 3),
  })
  .superRefine((entry, ctx) => checkShortText(entry, 60, ctx));

const carousel = z
  .looseObject({
    type: z.literal("carousel"),
    columns: sized(column, 1, 10),
    imageAspectRatio,
    imageSize,
  })
  .superRefine((template, ctx) => {
    const [first, ...rest] = template.columns;
    if (first === undefined) return;
    rest.forEach((entry, offset) => {
      const index = offset + 1;
      if (entry.actions.length !== first.actions.length) {
        lineIssue(
          ctx,
          ["columns", index, "actions"],
          `every column must have the same number of actions (column 0 has ${first.actions.length}, this one ${entry.actions.length})`,
        );
      }
      if ((entry.thumbnailImageUrl === undefined) !== (first.thumbnailImageUrl === undefined)) {
        lineIssue(ctx, ["columns", index, "thumbnailImageUrl"], "every column must have an image, or none");
      }
      if ((entry.title === undefined) !== (first.title === undefined)) {
        lineIssue(ctx, ["columns", index, "title"], "every column must have a title, or none");
      }
    });
  });

const imageCarousel = z.looseObject({
  type: z.literal("image_carousel"),
  columns: sized(z.looseObject({ imageUrl: httpsUrl(2000), action: actionSchema("imageCarousel") }), 1, 10),
});

export const templateSchema = z.discriminatedUnion("type", [buttons, confirm, carousel, imageCarousel]);
