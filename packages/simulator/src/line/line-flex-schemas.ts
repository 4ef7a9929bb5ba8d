/**
 * LINE Flex Messages (PLATFORMS.md D2): a bubble or a carousel of ≤ 12 bubbles; boxes hold components
 * (box, button, image, icon, text, span, separator, filler, video); a bubble's JSON is at most 30 KB and
 * a carousel's 50 KB. Style properties are not checked.
 */
import { z } from "zod";
import { actionSchema } from "./line-action-schemas.js";
import { httpsUrl, lineIssue, sized } from "./line-field-rules.js";

const action = actionSchema("flex");

const span = z.looseObject({ type: z.literal("span"), text: z.string().min(1) });

type Component = { type: string } & Record<string, unknown>;

const layout = z.enum(["horizontal", "vertical", "baseline"]);

function boxObject() {
  return z.looseObject({
    type: z.literal("box"),
    layout,
    contents: z.array(z.lazy(() => component)),
    action: action.optional(),
  });
}

const image = z.looseObject({ type: z.literal("image"), url: httpsUrl(2000), action: action.optional() });
const video = z.looseObject({
  type: z.literal("video"),
  url: httpsUrl(2000),
  previewUrl: httpsUrl(2000),
  altContent: z.looseObject({}),
});

const component: z.ZodType<Component> = z.discriminatedUnion("type", [
  boxObject(),
  z.looseObject({ type: z.literal("button"), action }),
  image,
  z.looseObject({ type: z.literal("icon"), url: httpsUrl(2000) }),
  z
    .looseObject({
      type: z.literal("text"),
      text: z.string().optional(),
      contents: z.array(span).optional(),
      action: action.optional(),
    })
    .superRefine((value, ctx) => {
      if ((value.text === undefined || value.text === "") && (value.contents ?? []).length === 0) {
        lineIssue(ctx, ["text"], "must be specified (or contents)");
      }
    }),
  span,
  z.looseObject({ type: z.literal("separator") }),
  z.looseObject({ type: z.literal("filler") }),
  video,
]);

const box = boxObject();
const hero = z.discriminatedUnion("type", [boxObject(), image, video]);

const bubble = z
  .looseObject({
    type: z.literal("bubble"),
    size: z.enum(["nano", "micro", "deca", "hecto", "kilo", "mega", "giga"]).optional(),
    direction: z.enum(["ltr", "rtl"]).optional(),
    header: box.optional(),
    hero: hero.optional(),
    body: box.optional(),
    footer: box.optional(),
    action: action.optional(),
  })
  .superRefine((value, ctx) => checkSize(value, 30_000, ctx));

const carousel = z
  .looseObject({ type: z.literal("carousel"), contents: sized(bubble, 1, 12) })
  .superRefine((value, ctx) => checkSize(value, 50_000, ctx));

function checkSize(value: unknown, max: number, ctx: z.RefinementCtx): void {
  const bytes = Buffer.byteLength(JSON.stringify(value));
  if (bytes > max) lineIssue(ctx, [], `is ${bytes} bytes of JSON; LINE allows ${max}`);
}

export const flexContainerSchema = z.discriminatedUnion("type", [bubble, carousel]);
