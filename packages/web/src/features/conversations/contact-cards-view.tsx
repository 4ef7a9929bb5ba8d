/** Contact cards shared in a message (vCards). */
import type { ContactCard } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";

export function ContactCardsView({ contacts }: { contacts: readonly ContactCard[] }) {
  const { t } = useI18n();
  return (
    <ul className="contact-cards" aria-label={t("content.contact")}>
      {contacts.map((card, index) => (
        <li key={`${card.formattedName}-${index}`} className="contact-card">
          <span className="contact-card__icon" aria-hidden="true">
            👤
          </span>
          <span>
            <strong>{card.formattedName}</strong>
            {card.organization && <span className="muted"> · {card.organization}</span>}
            {card.phones?.map((phone) => (
              <span key={phone.phone} className="contact-card__line">
                {phone.phone}
              </span>
            ))}
            {card.emails?.map((email) => (
              <span key={email.email} className="contact-card__line">
                {email.email}
              </span>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
