/** What the customer sent, drawn the way it looked on their phone. */
import type { InboundContent } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { ContactCardsView } from "./contact-cards-view";
import { LocationView } from "./location-view";
import { ReactionView } from "./reaction-view";
import { StoredMediaView } from "./stored-media-view";
import { OrderView } from "./order-view";

export function InboundContentView({ content, messageId }: { content: InboundContent; messageId: string }) {
  const { t } = useI18n();
  switch (content.kind) {
    case "text":
      return <p className="text">{content.text}</p>;
    case "media":
      return (
        <StoredMediaView
          messageId={messageId}
          mediaType={content.mediaType}
          caption={content.caption}
          filename={content.filename}
          voice={content.voice}
        />
      );
    case "location":
      return <LocationView {...content} />;
    case "contacts":
      return <ContactCardsView contacts={content.contacts} />;
    case "choice_reply":
      return (
        <p className="tapped" data-option-id={content.optionId}>
          <span className="tapped__icon" aria-hidden="true">
            {content.via === "list" ? "☰" : "↩"}
          </span>
          <span>
            {t("content.tapped", { title: content.title })}
            {content.description && <span className="tapped__description">{content.description}</span>}
          </span>
        </p>
      );
    case "template_button":
      return (
        <p className="tapped" data-payload={content.payload}>
          <span className="tapped__icon" aria-hidden="true">
            ↩
          </span>
          <span>
            {t("content.tapped", { title: content.text })}
            <span className="tapped__description">{t("content.templateButton")}</span>
          </span>
        </p>
      );
    case "flow_reply":
      return (
        <div className="flow-reply">
          <strong>📝 {t("content.flowReply", { name: content.name })}</strong>
          {content.body && <p className="text">{content.body}</p>}
          <details>
            <summary>JSON</summary>
            <pre>{content.responseJson}</pre>
          </details>
        </div>
      );
    case "reaction":
      return <ReactionView emoji={content.emoji} />;
    case "order":
      return <OrderView order={content} />;
    case "system":
      return <p className="system-text">{content.body}</p>;
    case "welcome_request":
      return <p className="system-text">👋 {t("content.welcome")}</p>;
    case "unsupported":
      return <p className="muted">{t("content.unsupported", { type: content.rawType })}</p>;
  }
}
