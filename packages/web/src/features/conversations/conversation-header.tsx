/** Top of the thread: who the customer is, on which channel, the state and the 24-hour window. */
import type { Conversation } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { RouteLink } from "../../routing/route-link";
import { ContactAvatar } from "./contact-avatar";
import { contactAddress, contactLabel } from "./contact-label";
import { StatusBadge } from "./status-badge";
import { WindowStateBadge } from "./window-state-badge";

export function ConversationHeader({ conversation }: { conversation: Conversation }) {
  const { t } = useI18n();
  const { contact, channel } = conversation;
  const label = contactLabel(contact, channel);
  const address = contactAddress(contact.externalId, channel);
  return (
    <header className="pane-header thread-header">
      <RouteLink
        to={{ page: "inbox", conversationId: null }}
        className="icon-button thread-header__back"
        aria-label={t("inbox.back")}
        title={t("inbox.back")}
      >
        ←
      </RouteLink>
      <ContactAvatar label={label} seed={contact.externalId} size={40} />
      <div className="thread-header__who">
        <h2 className="thread-header__name" data-testid="contact-name">
          {label}
        </h2>
        <p className="thread-header__meta">
          {label !== address && <span>{address} · </span>}
          <span>{t(`channel.${channel}`)}</span>
        </p>
      </div>
      <div className="thread-header__state">
        <StatusBadge status={conversation.status} />
        <WindowStateBadge windowExpiresAt={conversation.windowExpiresAt} />
      </div>
    </header>
  );
}
