/**
 * A bot's channel profile: what Messenger and Instagram show around the chat while the bot runs there —
 * the greeting per locale (Messenger), the persistent menu (links and module openers) and ice breakers
 * (a question that opens a module). Structure only: each platform's limits are checked at publish time.
 */
import { z } from "zod";

const LocaleSchema = z.string().min(1);

export const ProfileMenuItemSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("url"), title: z.string(), url: z.string() }).strict(),
  z.object({ kind: z.literal("module"), title: z.string(), moduleId: z.string() }).strict(),
]);
export type ProfileMenuItem = z.infer<typeof ProfileMenuItemSchema>;

export const BotProfileSchema = z
  .object({
    /** Welcome-screen text per locale, one with locale `default` (Messenger only). */
    greeting: z.array(z.object({ locale: LocaleSchema, text: z.string() }).strict()).optional(),
    /** The menu beside the composer, per locale: links and items that open a module. */
    persistentMenu: z
      .array(
        z
          .object({
            locale: LocaleSchema,
            composerInputDisabled: z.boolean().optional(),
            items: z.array(ProfileMenuItemSchema),
          })
          .strict(),
      )
      .optional(),
    /** Questions shown on an empty thread, per locale; tapping one opens its module. */
    iceBreakers: z
      .array(
        z
          .object({
            locale: LocaleSchema,
            questions: z.array(z.object({ question: z.string(), moduleId: z.string() }).strict()),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();
export type BotProfile = z.infer<typeof BotProfileSchema>;

/** True when the profile sets nothing (no greeting, menu or ice breakers). */
export function isEmptyProfile(profile: BotProfile | undefined): boolean {
  return (
    profile === undefined ||
    ((profile.greeting ?? []).length === 0 &&
      (profile.persistentMenu ?? []).length === 0 &&
      (profile.iceBreakers ?? []).length === 0)
  );
}
