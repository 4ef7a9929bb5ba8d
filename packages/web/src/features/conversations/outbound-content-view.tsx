/** What a bot or an agent sent, drawn as the customer sees it on their phone. */
import type { OutboundMessage } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { CarouselView } from "./carousel-view";
import { ChoicesPreview } from "./choices-preview";
import { ContactCardsView } from "./contact-cards-view";
import { ActionButton, InteractiveCard } from "./interactive-card";
import { LocationView } from "./location-view";
import { ReactionView } from "./reaction-view";
import { MediaView } from "./media-view";
import { TemplatePreview } from "./template-preview";

export function OutboundContentView({ content }: { content: OutboundMessage }) {
  const { t } = useI18n();
  switch (content.kind) {
    case "text":
      return <p className="text">{content.text}</p>;
    case "media":
      return (
        <MediaView
          mediaType={content.mediaType}
          url={"url" in content.source ? content.source.url : undefined}
          caption={content.caption}
          filename={content.filename}
        />
      );
    case "location":
      return <LocationView {...content} />;
    case "contacts":
      return <ContactCardsView contacts={content.contacts} />;
    case "reaction":
      return <ReactionView emoji={content.emoji} />;
    case "choices":
      return <ChoicesPreview message={content} />;
    case "cta_url":
      return (
        <InteractiveCard
          header={content.header}
          body={content.body}
          footer={content.footer}
          actions={
            <a className="action-button" href={content.url} target="_blank" rel="noreferrer">
              <span aria-hidden="true">↗ </span>
              {content.buttonText}
            </a>
          }
        />
      );
    case "location_request":
      return (
        <InteractiveCard
          body={content.body}
          actions={<ActionButton icon="📍">{t("content.locationRequest")}</ActionButton>}
        />
      );
    case "product":
      return (
        <InteractiveCard body={content.body} footer={content.footer}>
          <p className="product">
            <span aria-hidden="true">🛍 </span>
            {t("content.product", { id: content.productId })}
          </p>
        </InteractiveCard>
      );
    case "product_list": {
      const count = content.sections.reduce((sum, section) => sum + section.productIds.length, 0);
      return (
        <InteractiveCard
          header={content.header}
          body={content.body}
          footer={content.footer}
          actions={<ActionButton icon="🛍">{t("content.viewItems")}</ActionButton>}
        >
          <p className="product muted">{t("content.productList", { count })}</p>
        </InteractiveCard>
      );
    }
    case "flow":
      return (
        <InteractiveCard
          header={content.header}
          body={content.body}
          footer={content.footer}
          actions={<ActionButton icon="📝">{content.cta}</ActionButton>}
        />
      );
    case "template":
      return <TemplatePreview message={content} />;
    case "carousel":
      return <CarouselView message={content} />;
  }
}
