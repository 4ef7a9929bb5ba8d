/** How a contact is named in the console: their profile name, else their number or id. */
import type { ChannelKind } from "../../api/types";

/** Pure: WhatsApp ids are phone numbers in international form without `+`; show them with it. */
export function contactAddress(externalId: string, channel: ChannelKind): string {
  return channel === "whatsapp" && /^\d{6,15}$/.test(externalId) ? `+${externalId}` : externalId;
}

/** Pure: the name shown for a contact, never empty. */
export function contactLabel(
  contact: { displayName: string | null; externalId: string },
  channel: ChannelKind,
): string {
  const name = contact.displayName?.trim() ?? "";
  return name !== "" ? name : contactAddress(contact.externalId, channel);
}

/** Pure: one or two letters for the avatar ("Mei Ling" → "ML", "陳小姐" → "陳", "+852…" → "#"). */
export function contactInitials(label: string): string {
  const words = label
    .trim()
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word));
  const first = words[0];
  if (!first) return "#";
  const firstLetter = [...first][0] ?? "#";
  if (/\p{Script=Han}/u.test(firstLetter)) return firstLetter;
  const second = words.length > 1 ? ([...(words.at(-1) ?? "")][0] ?? "") : "";
  return (firstLetter + second).toUpperCase();
}
