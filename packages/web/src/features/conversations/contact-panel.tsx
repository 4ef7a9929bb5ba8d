/**
 * The side panel of a conversation: the customer's channels (this one and the person's other identities),
 * tags, attributes, opt-outs, and their past conversations (those the caller may see).
 */
import { useI18n } from "../../i18n/i18n-context";
import { RouteLink } from "../../routing/route-link";
import { formatFullTime } from "../../time/relative-time";
import { contactAddress } from "./contact-label";
import { StatusBadge } from "./status-badge";
import { useContactPanel } from "./use-contact-panel";
import type { ChannelKind } from "../../api/types";

const CHANNELS: readonly ChannelKind[] = ["whatsapp", "messenger", "instagram", "line", "webchat"];
const channelOf = (value: string): ChannelKind | undefined => CHANNELS.find((channel) => channel === value);

export function ContactPanel({ conversationId, channel }: { conversationId: string; channel: ChannelKind }) {
  const { t, language } = useI18n();
  const { contact, identities, conversations, error } = useContactPanel(conversationId);
  const channelName = (value: string) => {
    const known = channelOf(value);
    return known === undefined ? value : t(`channel.${known}`);
  };
  return (
    <aside className="contact-panel" aria-label={t("contactPanel.label")} data-testid="contact-panel">
      {error !== null && (
        <p className="banner banner--error" role="alert">
          {t("contactPanel.loadFailed", { reason: error })}
        </p>
      )}
      {contact !== null && (
        <>
          <section className="contact-panel__section">
            <h3>{t("contactPanel.channels")}</h3>
            <ul className="contact-panel__list" data-testid="contact-channels">
              <li>
                <strong>{t(`channel.${channel}`)}</strong> {contactAddress(contact.externalId, channel)}
              </li>
              {(identities ?? []).map((identity) => (
                <li key={identity.contactId}>
                  <strong>{channelName(identity.channel)}</strong>{" "}
                  {identity.displayName ?? identity.externalId}
                  <span className="contact-panel__muted"> · {identity.channelAccountName}</span>
                </li>
              ))}
            </ul>
            {contact.phone !== null && (
              <p className="contact-panel__muted">{t("contactPanel.phone", { phone: contact.phone })}</p>
            )}
          </section>
          <section className="contact-panel__section">
            <h3>{t("contactPanel.tags")}</h3>
            {contact.tags.length === 0 ? (
              <p className="contact-panel__muted">{t("contactPanel.none")}</p>
            ) : (
              <div className="chips" data-testid="contact-tags">
                {contact.tags.map((tag) => (
                  <span key={tag} className="badge">
                    {tag}
                  </span>
                ))}
              </div>
            )}
          </section>
          <section className="contact-panel__section">
            <h3>{t("contactPanel.attributes")}</h3>
            {Object.keys(contact.attributes).length === 0 ? (
              <p className="contact-panel__muted">{t("contactPanel.none")}</p>
            ) : (
              <dl className="facts" data-testid="contact-attributes">
                {Object.entries(contact.attributes).map(([name, value]) => (
                  <div key={name}>
                    <dt>{name}</dt>
                    <dd>{typeof value === "string" ? value : JSON.stringify(value)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
          <section className="contact-panel__section">
            <h3>{t("contactPanel.optOuts")}</h3>
            {contact.optOuts.length === 0 ? (
              <p className="contact-panel__muted">{t("contactPanel.noOptOuts")}</p>
            ) : (
              <ul className="contact-panel__list" data-testid="contact-opt-outs">
                {contact.optOuts.map((optOut) => (
                  <li key={optOut.topic}>
                    {t("contactPanel.optOut", {
                      topic: optOut.topic,
                      source: optOut.source,
                      at: formatFullTime(optOut.at, language),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <section className="contact-panel__section">
        <h3>{t("contactPanel.conversations")}</h3>
        <ul className="contact-panel__list" data-testid="contact-conversations">
          {conversations.map((past) => (
            <li key={past.id} className="contact-panel__conversation">
              {past.id === conversationId ? (
                <span>{t("contactPanel.thisConversation")}</span>
              ) : (
                <RouteLink to={{ page: "inbox", conversationId: past.id }}>
                  {past.lastMessagePreview || t("inbox.noPreview")}
                </RouteLink>
              )}
              <span className="contact-panel__muted">
                {channelName(past.channel)} · {formatFullTime(past.lastMessageAt, language)}
              </span>
              <StatusBadge status={past.status} />
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
