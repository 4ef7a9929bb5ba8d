/** Cards side by side; each reply button may go to a module and add or remove tags, like a choice's option. */
import { CarouselCardsEditor } from "../messages/carousel-cards-editor";
import { CarouselSettings, carouselSettingsFields } from "../messages/carousel-settings";
import { AnswerSettingsFields } from "./answer-settings-fields";
import type { NodeFormProps } from "./node-form";
import { OptionOutcomeFields } from "./option-outcome-fields";

export function CarouselNodeForm({ node, onChange, scope }: NodeFormProps<"carousel">) {
  return (
    <>
      <CarouselSettings
        body={node.body}
        fallback={node.fallback}
        onChange={(change) => {
          const { body: _body, fallback: _fallback, ...rest } = node;
          onChange({ ...rest, ...carouselSettingsFields(change) });
        }}
        scope={scope}
        testIdPrefix="carousel"
      />
      <CarouselCardsEditor
        cards={node.cards}
        onChange={(cards) => onChange({ ...node, cards })}
        scope={scope}
        testIdPrefix="carousel"
        renderReplyExtras={(button, update, buttonScope) =>
          button.type === "reply" && (
            <OptionOutcomeFields
              value={button}
              onChange={update}
              scope={buttonScope}
              testIdPrefix="carousel-button"
            />
          )
        }
      />
      <AnswerSettingsFields value={node} onChange={onChange} scope={scope} testIdPrefix="carousel" />
    </>
  );
}
