/** A `choices` message as reply buttons, or as a list card with its button and rows. */
import type { OutboundMessage } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { resolveChoiceStyle } from "./choice-style";
import { ActionButton, InteractiveCard } from "./interactive-card";

type Choices = Extract<OutboundMessage, { kind: "choices" }>;

export function ChoicesPreview({ message }: { message: Choices }) {
  const { t } = useI18n();
  const style = resolveChoiceStyle(message);

  if (style === "buttons") {
    const options = message.sections.flatMap((section) => section.options);
    return (
      <InteractiveCard
        header={message.header}
        body={message.body}
        footer={message.footer}
        actions={options.map((option) => (
          <ActionButton key={option.id} icon="↩">
            <span data-testid="choice-button" data-option-id={option.id}>
              {option.title}
            </span>
          </ActionButton>
        ))}
      />
    );
  }

  return (
    <InteractiveCard
      header={message.header}
      body={message.body}
      footer={message.footer}
      actions={<ActionButton icon="☰">{message.listButton ?? t("content.listButton")}</ActionButton>}
    >
      <div className="list-sheet" data-testid="choice-list">
        {message.sections.map((section, index) => (
          <section key={`${section.title ?? ""}-${index}`} className="list-sheet__section">
            {section.title && <h4 className="list-sheet__title">{section.title}</h4>}
            <ul>
              {section.options.map((option) => (
                <li
                  key={option.id}
                  className="list-sheet__row"
                  data-testid="choice-row"
                  data-option-id={option.id}
                >
                  <span className="list-sheet__row-title">{option.title}</span>
                  {option.description && (
                    <span className="list-sheet__row-description">{option.description}</span>
                  )}
                  <span className="list-sheet__radio" aria-hidden="true" />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </InteractiveCard>
  );
}
