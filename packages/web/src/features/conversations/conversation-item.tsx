/** One row of the conversation list: who, the last message, how long ago, the state, and whether it is unread. */
import type { ListedConversation } from "../../api/inbox-api";
import { useI18n } from "../../i18n/i18n-context";
import { RouteLink } from "../../routing/route-link";
import { formatFullTime, formatRelativeTime } from "../../time/relative-time";
import { ContactAvatar } from "./contact-avatar";
import { contactAddress, contactLabel } from "./contact-label";
import { StatusBadge } from "./status-badge";

interface ConversationItemProps {
  conversation: ListedConversation;
  selected: boolean;
  now: number;
}

export function ConversationItem({ conversation, selected, now }: ConversationItemProps) {
  const { t, language } = useI18n();
  const { contact, channel } = conversation;
  const label = contactLabel(contact, channel);
  const address = contactAddress(contact.externalId, channel);
  const at = conversation.lastMessageAt;
  const unread = conversation.unread === true;
  return (
    <li>
      <RouteLink
        to={{ page: "inbox", conversationId: conversation.id }}
        className={`conversation-item${unread ? " conversation-item--unread" : ""}`}
        data-testid="conversation-item"
        data-unread={unread ? "true" : "false"}
        data-status={conversation.status}
        data-contact={contact.externalId}
        data-conversation-id={conversation.id}
        aria-current={selected ? "page" : undefined}
      >
        <ContactAvatar label={label} seed={contact.externalId} />
        <span className="conversation-item__body">
          <span className="conversation-item__top">
            <span className="conversation-item__name" title={label === address ? undefined : address}>
              {unread && (
                <span className="conversation-item__unread" aria-label={t("inbox.unread")} role="img" />
              )}
              {label}
            </span>
            <time
              className="conversation-item__time"
              dateTime={new Date(at).toISOString()}
              title={formatFullTime(at, language)}
            >
              {formatRelativeTime(at, now, language)}
            </time>
          </span>
          <span className="conversation-item__bottom">
            <span className="conversation-item__preview">
              {conversation.lastMessagePreview || t("inbox.noPreview")}
            </span>
            <StatusBadge status={conversation.status} />
          </span>
        </span>
      </RouteLink>
    </li>
  );
}
