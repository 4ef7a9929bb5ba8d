/** The cards of a carousel: title, text, image, the card's link and up to three buttons each. */
import type { ReactNode } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { withOptionTitle } from "../choice-options";
import {
  newCard,
  newReplyButton,
  newUrlButton,
  replyIds,
  switchButtonType,
  type EditorButton,
  type EditorCard,
} from "../carousel-cards";
import { problemsAt, within, type ProblemScope } from "../fields/problem-scope";
import { optionalText, TextField } from "../fields/text-field";
import { CarouselButtonRow } from "./carousel-button-row";

interface CarouselCardsEditorProps {
  cards: readonly EditorCard[];
  onChange(cards: EditorCard[]): void;
  scope: ProblemScope;
  testIdPrefix: string;
  /** More fields for a reply button (a carousel node's go-to and tags). */
  renderReplyExtras?(
    button: EditorButton,
    update: (button: EditorButton) => void,
    scope: ProblemScope,
  ): ReactNode;
}

const BUTTONS_MAX = 3;

export function CarouselCardsEditor({
  cards,
  onChange,
  scope,
  testIdPrefix,
  renderReplyExtras,
}: CarouselCardsEditorProps) {
  const { t } = useI18n();
  const setCard = (c: number, card: EditorCard) =>
    onChange(cards.map((current, at) => (at === c ? card : current)));
  return (
    <fieldset className="subform">
      <legend>{t("carousel.cards")}</legend>
      <FieldViolations problems={problemsAt(scope, "cards")} />
      {cards.map((card, c) => {
        const cardScope = within(scope, `cards[${c}]`);
        const setButton = (b: number, button: EditorButton) =>
          setCard(c, { ...card, buttons: card.buttons.map((current, at) => (at === b ? button : current)) });
        return (
          <section
            key={c}
            className="sections-editor__section"
            aria-label={t("carousel.card", { n: c + 1 })}
            data-testid={`${testIdPrefix}-card`}
          >
            <div className="fields-row">
              <TextField
                className="fields-row__grow"
                label={t("carousel.title")}
                value={card.title}
                onChange={(title) => setCard(c, { ...card, title })}
                problems={problemsAt(cardScope, "title")}
                testId={`${testIdPrefix}-card-title`}
              />
              <button
                type="button"
                className="button button--ghost button--compact"
                disabled={cards.length <= 1}
                data-testid={`${testIdPrefix}-card-remove`}
                onClick={() => onChange(cards.filter((_, at) => at !== c))}
              >
                {t("carousel.removeCard", { n: c + 1 })}
              </button>
            </div>
            <FieldViolations problems={problemsAt(cardScope, "")} />
            <TextField
              label={t("carousel.subtitle")}
              rows={2}
              value={card.subtitle ?? ""}
              onChange={(subtitle) => setCard(c, { ...card, subtitle: optionalText(subtitle) })}
              problems={problemsAt(cardScope, "subtitle")}
              testId={`${testIdPrefix}-card-subtitle`}
            />
            <div className="fields-row">
              <TextField
                className="fields-row__grow"
                label={t("carousel.imageUrl")}
                type="url"
                placeholder="https://"
                value={card.image !== undefined && "url" in card.image ? card.image.url : ""}
                onChange={(url) => {
                  const { image: _image, ...rest } = card;
                  setCard(c, url.trim() === "" ? rest : { ...rest, image: { url } });
                }}
                problems={[
                  ...(problemsAt(cardScope, "image") ?? []),
                  ...(problemsAt(cardScope, "image.url") ?? []),
                ]}
                testId={`${testIdPrefix}-card-image`}
              />
              <TextField
                className="fields-row__grow"
                label={t("carousel.link")}
                type="url"
                placeholder="https://"
                value={card.url ?? ""}
                onChange={(url) => setCard(c, { ...card, url: optionalText(url) })}
                problems={problemsAt(cardScope, "url")}
                testId={`${testIdPrefix}-card-link`}
              />
            </div>
            <FieldViolations problems={problemsAt(cardScope, "buttons")} />
            <ol className="option-rows" aria-label={t("carousel.buttons")}>
              {card.buttons.map((button, b) => (
                <CarouselButtonRow
                  key={b}
                  button={button}
                  number={b + 1}
                  scope={within(cardScope, `buttons[${b}]`)}
                  testIdPrefix={testIdPrefix}
                  onChange={(next) => setButton(b, next)}
                  onTitle={(title) =>
                    setButton(
                      b,
                      button.type === "reply"
                        ? withOptionTitle(button, title, replyIds(cards, [c, b]))
                        : { ...button, title },
                    )
                  }
                  onSwitchType={() => setButton(b, switchButtonType(button, replyIds(cards, [c, b])))}
                  onRemove={() => setCard(c, { ...card, buttons: card.buttons.filter((_, at) => at !== b) })}
                  extras={renderReplyExtras?.(
                    button,
                    (next) => setButton(b, next),
                    within(cardScope, `buttons[${b}]`),
                  )}
                />
              ))}
            </ol>
            <div className="fields-row">
              <button
                type="button"
                className="button button--ghost button--compact"
                disabled={card.buttons.length >= BUTTONS_MAX}
                data-testid={`${testIdPrefix}-reply-add`}
                onClick={() =>
                  setCard(c, { ...card, buttons: [...card.buttons, newReplyButton(replyIds(cards))] })
                }
              >
                + {t("carousel.buttonReply")}
              </button>
              <button
                type="button"
                className="button button--ghost button--compact"
                disabled={card.buttons.length >= BUTTONS_MAX}
                data-testid={`${testIdPrefix}-link-add`}
                onClick={() => setCard(c, { ...card, buttons: [...card.buttons, newUrlButton()] })}
              >
                + {t("carousel.buttonUrl")}
              </button>
            </div>
          </section>
        );
      })}
      <button
        type="button"
        className="button button--ghost button--compact"
        data-testid={`${testIdPrefix}-card-add`}
        onClick={() => onChange([...cards, newCard(cards)])}
      >
        + {t("carousel.addCard")}
      </button>
    </fieldset>
  );
}
