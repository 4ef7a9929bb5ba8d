/**
 * A ref link: a wa.me link whose prefilled text (the code) opens a module of the account's published bot
 * and tags the contact. `entries` counts the conversations it started.
 */
import { z } from "zod";

/** A ref link as an author writes it; issues carry the field's path. */
export const RefLinkInputSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    /** Prefilled as the chat's first message: what the customer sends back to us. */
    code: z
      .string()
      .min(1)
      .max(64)
      .refine((code) => code.trim() === code, "must not start or end with a space"),
    /** A module of the published bot; publishing checks that it exists. */
    moduleId: z.string().min(1).max(64),
    /** Tags given to the contact who comes through the link. */
    tags: z
      .array(z.string().trim().min(1).max(100))
      .max(20)
      .default([])
      .transform((tags) => [...new Set(tags)]),
  })
  .strict();
export type RefLinkInput = z.infer<typeof RefLinkInputSchema>;

export interface RefLink extends RefLinkInput {
  id: string;
  channelAccountId: string;
  entries: number;
  createdAt: number;
  updatedAt: number;
}

/**
 * `https://wa.me/<digits>?text=<code>`: opens a chat with the number, the code typed in; undefined when
 * the account has no display phone number (digits only: "+1 555-078-3881" gives 15550783881).
 */
export function refLinkUrl(displayPhoneNumber: string | undefined, code: string): string | undefined {
  const digits = (displayPhoneNumber ?? "").replace(/\D/g, "");
  if (digits === "") return undefined;
  return `https://wa.me/${digits}?text=${encodeURIComponent(code)}`;
}
