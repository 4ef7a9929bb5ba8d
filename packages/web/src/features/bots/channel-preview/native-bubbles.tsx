/** Draws preview bubbles: cards side by side with their buttons, and quick reply chips under them. */
import { useI18n } from "../../../i18n/i18n-context";
import type { PreviewBubble, PreviewCard } from "./preview-model";

function CardView({ card }: { card: PreviewCard }) {
  return (
    <div className="native-card" data-testid="preview-card">
      {card.imageUrl && <img className="native-card__image" src={card.imageUrl} alt="" />}
      {card.title && <strong className="native-card__title">{card.title}</strong>}
      {card.lines.map((line, index) => (
        <p key={index} className="native-card__line">
          {line}
        </p>
      ))}
      {card.buttons.length > 0 && (
        <div className="native-card__buttons">
          {card.buttons.map((button, index) => (
            <span key={index} className="native-card__button" data-testid="preview-card-button">
              {button}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}

export function NativeBubbles({ bubbles }: { bubbles: readonly PreviewBubble[] }) {
  const { t } = useI18n();
  return (
    <>
      {bubbles.map((bubble, index) => (
        <div key={index} className="native-bubble" data-testid="preview-bubble" data-form={bubble.form}>
          <span className="native-bubble__form">{t(`channelPreview.form.${bubble.form}`)}</span>
          <div
            className={`native-bubble__cards${bubble.cards.length > 1 ? " native-bubble__cards--row" : ""}`}
          >
            {bubble.cards.map((card, cardIndex) => (
              <CardView key={cardIndex} card={card} />
            ))}
          </div>
          {bubble.quickReplies.length > 0 && (
            <div className="native-bubble__chips" aria-label={t("channelPreview.quickReplies")}>
              {bubble.quickReplies.map((reply, replyIndex) => (
                <span key={replyIndex} className="native-chip" data-testid="preview-quick-reply">
                  {reply}
                </span>
              ))}
            </div>
          )}
        </div>
      ))}
    </>
  );
}
