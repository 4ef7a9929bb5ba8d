/**
 * Buttons and quick replies of the Send API (PLATFORMS.md B2, C): postback and URL buttons everywhere,
 * call and account-link buttons on Messenger only; quick replies (Instagram: text only; Meta retired the
 * `location` kind).
 */
import { z } from "zod";
import { httpUrl, text, upTo } from "../messages/field-rules.js";
import type { MetaPlatform } from "./meta-accounts.js";

export interface MetaRules {
  platform: MetaPlatform;
  /** Refuse titles over 20 characters instead of accepting them (Meta shows them truncated). */
  strictTitles: boolean;
}

/** A button or quick reply title: 20 characters when strict, else anything non-empty. */
export function title(rules: MetaRules): z.ZodString {
  return rules.strictTitles ? text(20) : z.string().min(1);
}

const webviewFields = {
  webview_height_ratio: z.enum(["compact", "tall", "full"]).optional(),
  messenger_extensions: z.boolean().optional(),
  fallback_url: httpUrl.optional(),
  webview_share_button: z.literal("hide").optional(),
};

/** `default_action` of a generic template element: a URL button without a title. */
export const defaultAction = z.strictObject({ type: z.literal("web_url"), url: httpUrl, ...webviewFields });

export function buttonSchema(rules: MetaRules) {
  const webUrl = z.strictObject({
    type: z.literal("web_url"),
    url: httpUrl,
    title: title(rules),
    ...webviewFields,
  });
  const postback = z.strictObject({ type: z.literal("postback"), title: title(rules), payload: text(1000) });
  if (rules.platform === "instagram") return z.discriminatedUnion("type", [webUrl, postback]);
  return z.discriminatedUnion("type", [
    webUrl,
    postback,
    z.strictObject({
      type: z.literal("phone_number"),
      title: title(rules),
      payload: z.string().regex(/^\+\d{6,15}$/, "must be a phone number: + and the country code"),
    }),
    z.strictObject({ type: z.literal("account_link"), url: httpUrl }),
    z.strictObject({ type: z.literal("account_unlink") }),
  ]);
}

export function quickReplySchema(rules: MetaRules) {
  const textReply = z.strictObject({
    content_type: z.literal("text"),
    title: title(rules),
    payload: text(1000),
    image_url: httpUrl.optional(),
  });
  if (rules.platform === "instagram") {
    return z.discriminatedUnion("content_type", [textReply]);
  }
  const contactReply = (kind: "user_phone_number" | "user_email") =>
    z.strictObject({
      content_type: z.literal(kind),
      payload: upTo(1000).optional(),
      image_url: httpUrl.optional(),
    });
  return z.discriminatedUnion("content_type", [
    textReply,
    contactReply("user_phone_number"),
    contactReply("user_email"),
  ]);
}
