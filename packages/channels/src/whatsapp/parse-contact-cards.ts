// Turns the contact cards a customer shares on WhatsApp (`type: "contacts"`) into neutral ContactCards.
import { z } from "zod";
import type { ContactCard } from "@switchboard/core";

const PhoneSchema = z.object({
  phone: z.string(),
  type: z.string().optional(),
  wa_id: z.string().optional(),
});
const EmailSchema = z.object({ email: z.string(), type: z.string().optional() });
const UrlSchema = z.object({ url: z.string(), type: z.string().optional() });

/** Reads a list item by item so one odd entry does not lose the whole card. */
function lenientList<T>(item: z.ZodType<T>) {
  return z
    .array(z.unknown())
    .optional()
    .catch(undefined)
    .transform((entries) =>
      entries?.flatMap((entry) => {
        const parsed = item.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      }),
    );
}

const CardSchema = z.object({
  name: z
    .object({
      formatted_name: z.string().optional(),
      first_name: z.string().optional(),
      last_name: z.string().optional(),
    })
    .optional()
    .catch(undefined),
  phones: lenientList(PhoneSchema),
  emails: lenientList(EmailSchema),
  urls: lenientList(UrlSchema),
  org: z.object({ company: z.string().optional() }).optional().catch(undefined),
});

/**
 * `[{ name: { formatted_name, first_name, … }, phones, emails, org, urls, … }]` (PLATFORMS.md A2/A7.4) →
 * ContactCards. When `formatted_name` is missing the card is named after its first and last name, then
 * its first phone. Entries that are not objects are skipped; addresses and birthdays stay in `raw`.
 */
export function parseWhatsAppContactCards(contacts: unknown): ContactCard[] {
  if (!Array.isArray(contacts)) return [];
  return contacts.flatMap((entry): ContactCard[] => {
    const parsed = CardSchema.safeParse(entry);
    if (!parsed.success) return [];
    const { name, phones, emails, urls, org } = parsed.data;
    const fullName = [name?.first_name, name?.last_name].filter((part) => part).join(" ");
    return [
      {
        formattedName: name?.formatted_name || fullName || phones?.[0]?.phone || "",
        firstName: name?.first_name || undefined,
        lastName: name?.last_name || undefined,
        phones: phones?.map((p) => ({ phone: p.phone, type: p.type, waId: p.wa_id })),
        emails: emails?.map((e) => ({ email: e.email, type: e.type })),
        organization: org?.company || undefined,
        urls: urls?.map((u) => ({ url: u.url, type: u.type })),
      },
    ];
  });
}
