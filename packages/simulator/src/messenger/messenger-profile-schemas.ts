/**
 * Rules of the Messenger Profile API (PLATFORMS.md B6): Get Started payload, greeting (160 characters,
 * a `default` locale), persistent menu (≤ 20 postback or URL items, titles 30), ice breakers (≤ 4
 * questions, localized format), whitelisted domains. Instagram takes only ice breakers and the menu.
 */
import { z } from "zod";
import { httpUrl, issue, text } from "../messages/field-rules.js";
import type { MetaPlatform } from "./meta-accounts.js";

export const PROFILE_FIELDS = [
  "get_started",
  "greeting",
  "persistent_menu",
  "ice_breakers",
  "whitelisted_domains",
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Fields an Instagram account's profile may hold. */
export const INSTAGRAM_PROFILE_FIELDS: ReadonlySet<ProfileField> = new Set([
  "persistent_menu",
  "ice_breakers",
]);

const locale = z
  .string()
  .regex(/^(default|[a-z]{2}_[A-Z]{2})$/, 'must be "default" or a locale such as en_US');

function needsDefaultLocale(entries: { locale: string }[], ctx: z.RefinementCtx): void {
  if (!entries.some((entry) => entry.locale === "default")) {
    issue(ctx, 100, [], 'needs an entry with locale "default"');
  }
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.locale)) issue(ctx, 100, [index, "locale"], `locale ${entry.locale} is used twice`);
    seen.add(entry.locale);
  });
}

const menuItem = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("postback"), title: text(30), payload: text(1000) }),
  z.strictObject({
    type: z.literal("web_url"),
    title: text(30),
    url: httpUrl,
    webview_height_ratio: z.enum(["compact", "tall", "full"]).optional(),
    messenger_extensions: z.boolean().optional(),
    fallback_url: httpUrl.optional(),
    webview_share_button: z.literal("hide").optional(),
  }),
]);

export const profileSchema = z.strictObject({
  get_started: z.strictObject({ payload: text(1000) }).optional(),
  greeting: z
    .array(z.strictObject({ locale, text: text(160) }))
    .min(1)
    .superRefine(needsDefaultLocale)
    .optional(),
  persistent_menu: z
    .array(
      z.strictObject({
        locale,
        composer_input_disabled: z.boolean().optional(),
        disabled_surfaces: z.array(z.literal("customer_chat_plugin")).optional(),
        call_to_actions: z.array(menuItem).min(1).max(20).optional(),
      }),
    )
    .min(1)
    .superRefine(needsDefaultLocale)
    .optional(),
  ice_breakers: z
    .array(
      z.strictObject({
        locale,
        call_to_actions: z
          .array(z.strictObject({ question: text(80), payload: text(1000) }))
          .min(1)
          .max(4),
      }),
    )
    .min(1)
    .superRefine(needsDefaultLocale)
    .optional(),
  whitelisted_domains: z
    .array(z.url({ protocol: /^https$/ }))
    .min(1)
    .max(50)
    .optional(),
});

export type MessengerProfile = z.infer<typeof profileSchema>;

/** The profile fields `platform` does not support, present in `profile`. */
export function unsupportedFields(platform: MetaPlatform, profile: MessengerProfile): ProfileField[] {
  if (platform === "messenger") return [];
  return PROFILE_FIELDS.filter(
    (field) => profile[field] !== undefined && !INSTAGRAM_PROFILE_FIELDS.has(field),
  );
}
