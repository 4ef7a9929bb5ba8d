/** A sent carousel: the text above the cards, then the cards side by side with their buttons. */
import type { MessageOf } from "../../api/bots-api";
import { useI18n } from "../../i18n/i18n-context";
import { ActionButton } from "./interactive-card";

export function CarouselView({ message }: { message: MessageOf<"carousel"> }) {
  const { t } = useI18n();
  return (
    <div className="carousel-view" data-testid="carousel-view">
      {message.body && <p className="text">{message.body}</p>}
      <div className="carousel-view__cards" role="list" aria-label={t("carousel.sent")}>
        {message.cards.map((card, c) => {
          const image = card.image !== undefined && "url" in card.image ? card.image.url : undefined;
          return (
            <div key={c} className="carousel-view__card" role="listitem" data-testid="carousel-card">
              {image !== undefined && <img className="carousel-view__image" src={image} alt="" />}
              <strong className="carousel-view__title">{card.title}</strong>
              {card.subtitle && <p className="carousel-view__subtitle">{card.subtitle}</p>}
              {card.url && (
                <a className="carousel-view__link" href={card.url} target="_blank" rel="noreferrer">
                  {card.url}
                </a>
              )}
              {card.buttons.length > 0 && (
                <div className="interactive__actions">
                  {card.buttons.map((button, b) =>
                    button.type === "url" ? (
                      <a key={b} className="action-button" href={button.url} target="_blank" rel="noreferrer">
                        <span aria-hidden="true">↗ </span>
                        {button.title}
                      </a>
                    ) : (
                      <ActionButton key={b} icon="↩">
                        {button.title}
                      </ActionButton>
                    ),
                  )}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
