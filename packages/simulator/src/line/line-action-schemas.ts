/**
 * LINE action objects (PLATFORMS.md D2): postback (data 300, displayText 300), message (text 300), uri
 * (1,000; http, https, line, tel), datetime picker, camera, camera roll, location, clipboard. Where the
 * action sits decides the label rule and which actions are allowed.
 */
import { z } from "zod";
import { lineIssue, text, upTo, uri } from "./line-field-rules.js";

/** Template buttons and quick reply items need a label of ≤ 20; image carousel labels are optional (≤ 12). */
export type ActionPlace = "template" | "quickReply" | "imageCarousel" | "defaultAction" | "flex" | "imagemap";

const URI_SCHEMES = ["http:", "https:", "line:", "tel:"];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}$/;

function label(place: ActionPlace) {
  if (place === "template" || place === "quickReply") return text(20);
  if (place === "imageCarousel") return upTo(12).optional();
  return upTo(40).optional();
}

export function actionSchema(place: ActionPlace) {
  const common = { label: label(place) };
  const postback = z
    .looseObject({
      type: z.literal("postback"),
      ...common,
      data: upTo(300),
      displayText: upTo(300).optional(),
      text: upTo(300).optional(),
      inputOption: z.enum(["closeRichMenu", "openRichMenu", "openKeyboard", "openVoice"]).optional(),
      fillInText: upTo(300).optional(),
    })
    .superRefine((action, ctx) => {
      if (action.displayText !== undefined && action.text !== undefined) {
        lineIssue(ctx, ["text"], "displayText and text cannot both be set");
      }
      if (place === "quickReply" && action.displayText === undefined) {
        lineIssue(ctx, ["displayText"], "must be specified for a postback action in a quick reply");
      }
    });
  const datetimepicker = z
    .looseObject({
      type: z.literal("datetimepicker"),
      ...common,
      data: upTo(300),
      mode: z.enum(["date", "time", "datetime"]),
      initial: z.string().optional(),
      max: z.string().optional(),
      min: z.string().optional(),
    })
    .superRefine((action, ctx) => {
      const format = action.mode === "date" ? DATE : action.mode === "time" ? TIME : DATETIME;
      for (const key of ["initial", "max", "min"] as const) {
        const value = action[key];
        if (value !== undefined && !format.test(value))
          lineIssue(ctx, [key], `must be a ${action.mode} value`);
      }
    });
  const options = [
    postback,
    z.looseObject({ type: z.literal("message"), ...common, text: text(300) }),
    z.looseObject({
      type: z.literal("uri"),
      ...common,
      uri: uri(1000, URI_SCHEMES),
      altUri: z.looseObject({ desktop: uri(1000, URI_SCHEMES) }).optional(),
    }),
    datetimepicker,
    z.looseObject({ type: z.literal("clipboard"), label: text(20), clipboardText: text(1000) }),
  ] as const;
  if (place !== "quickReply") return z.discriminatedUnion("type", [...options]);
  return z.discriminatedUnion("type", [
    ...options,
    z.looseObject({ type: z.literal("camera"), label: text(20) }),
    z.looseObject({ type: z.literal("cameraRoll"), label: text(20) }),
    z.looseObject({ type: z.literal("location"), label: text(20) }),
  ]);
}

/** A quick reply button: `{ type: "action", imageUrl?, action }`. */
export const quickReplyItemSchema = z.looseObject({
  type: z.literal("action"),
  imageUrl: z
    .string()
    .max(1000)
    .regex(/^https:\/\//, "invalid uri scheme: must be an HTTPS URL")
    .optional(),
  action: actionSchema("quickReply"),
});
