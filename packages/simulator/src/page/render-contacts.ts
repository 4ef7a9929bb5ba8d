/** Contact cards from a Graph API `contacts` array. */
import { el, externalLink, isSafeUrl } from "./element.js";
import { type Fields, fields, items, text } from "./payload-fields.js";

export function renderContacts(contacts: readonly unknown[]): HTMLElement {
  return el("div", { class: "contacts" }, ...contacts.map((contact) => renderContact(fields(contact))));
}

export function contactName(contact: Fields): string {
  const name = fields(contact.name);
  const joined = [text(name.first_name), text(name.last_name)].filter(Boolean).join(" ");
  return text(name.formatted_name) ?? (joined === "" ? "Contact" : joined);
}

function renderContact(contact: Fields): HTMLElement {
  const name = contactName(contact);
  const org = fields(contact.org);
  const orgLine = [text(org.title), text(org.company), text(org.department)].filter(Boolean).join(" · ");
  const lines: HTMLElement[] = [];
  for (const phone of items(contact.phones).map(fields)) {
    const number = text(phone.phone) ?? text(phone.wa_id);
    if (number === undefined) continue;
    const label = text(phone.type);
    lines.push(
      el(
        "li",
        {},
        el("a", { href: `tel:${number.replace(/[^\d+]/g, "")}` }, number),
        label !== undefined ? ` (${label.toLowerCase()})` : null,
      ),
    );
  }
  for (const email of items(contact.emails).map(fields)) {
    const address = text(email.email);
    if (address !== undefined) lines.push(el("li", {}, el("a", { href: `mailto:${address}` }, address)));
  }
  for (const url of items(contact.urls).map(fields)) {
    const href = text(url.url);
    if (href !== undefined) lines.push(el("li", {}, isSafeUrl(href) ? externalLink(href, {}, href) : href));
  }
  return el(
    "div",
    { class: "contact-card", "data-testid": "contact-card" },
    el(
      "div",
      { class: "contact-card__head" },
      el("span", { class: "avatar", "aria-hidden": "true" }, name.slice(0, 1).toUpperCase()),
      el(
        "span",
        { class: "contact-card__name" },
        el("strong", {}, name),
        orgLine !== "" && el("span", { class: "muted" }, orgLine),
      ),
    ),
    lines.length > 0 && el("ul", { class: "contact-card__lines" }, ...lines),
  );
}
