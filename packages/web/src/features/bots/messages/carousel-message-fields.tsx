/** A carousel message: cards side by side, each with a title, text, image, link and buttons. */
import { toEditorCards, toMessageCards } from "../carousel-cards";
import { CarouselCardsEditor } from "./carousel-cards-editor";
import { CarouselSettings, carouselSettingsFields } from "./carousel-settings";
import type { MessageFormProps } from "./message-forms";

export function CarouselMessageFields({
  message,
  onChange,
  scope,
  testIdPrefix,
}: MessageFormProps<"carousel">) {
  return (
    <>
      <CarouselSettings
        body={message.body}
        fallback={message.fallback}
        onChange={(change) => {
          const { body: _body, fallback: _fallback, ...rest } = message;
          onChange({ ...rest, ...carouselSettingsFields(change) });
        }}
        scope={scope}
        testIdPrefix={testIdPrefix}
      />
      <CarouselCardsEditor
        cards={toEditorCards(message.cards)}
        onChange={(cards) => onChange({ ...message, cards: toMessageCards(cards) })}
        scope={scope}
        testIdPrefix={testIdPrefix}
      />
    </>
  );
}
