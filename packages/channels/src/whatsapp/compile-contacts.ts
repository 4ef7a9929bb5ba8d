/** Compiles neutral contact cards into WhatsApp's `contacts` body (A2). */
import type { ContactCard, LimitViolation, MessageOf } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkText, nonBlank } from "./check-text.js";
import type { WhatsAppContact, WhatsAppMessageBody } from "./compiled-body.js";

/** `{ key: value }` when the value holds text, else `{}`: blank optional fields are left out. */
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  const text = nonBlank(value);
  const entry: Partial<Record<K, string>> = {};
  if (text !== undefined) entry[key] = text;
  return entry;
}

function compileCard(violations: LimitViolation[], path: string, card: ContactCard): WhatsAppContact {
  checkText(violations, `${path}.formattedName`, card.formattedName, { required: true });
  const phones = (card.phones ?? []).map((phone, i) => {
    checkText(violations, `${path}.phones[${i}].phone`, phone.phone, { required: true });
    return { phone: phone.phone, ...optional("type", phone.type), ...optional("wa_id", phone.waId) };
  });
  const emails = (card.emails ?? []).map((email, i) => {
    checkText(violations, `${path}.emails[${i}].email`, email.email, { required: true });
    return { email: email.email, ...optional("type", email.type) };
  });
  const urls = (card.urls ?? []).map((url, i) => {
    checkText(violations, `${path}.urls[${i}].url`, url.url, { required: true });
    return { url: url.url, ...optional("type", url.type) };
  });
  const company = nonBlank(card.organization);
  return {
    name: {
      formatted_name: card.formattedName,
      ...optional("first_name", card.firstName),
      ...optional("last_name", card.lastName),
    },
    ...(phones.length === 0 ? {} : { phones }),
    ...(emails.length === 0 ? {} : { emails }),
    ...(company === undefined ? {} : { org: { company } }),
    ...(urls.length === 0 ? {} : { urls }),
  };
}

/** At least one card; each needs `formattedName`, and every phone, email and URL given needs its value. */
export function compileContacts(
  violations: LimitViolation[],
  message: MessageOf<"contacts">,
): WhatsAppMessageBody {
  checkCount(violations, "contacts", message.contacts.length, { platform: "WhatsApp", min: 1 });
  const contacts = message.contacts.map((card, i) => compileCard(violations, `contacts[${i}]`, card));
  return { type: "contacts", contacts };
}
