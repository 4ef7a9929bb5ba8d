/** A `choices` message as reply buttons, or as a list card with its button and rows. */
import type { OutboundMessage } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { resolveChoiceStyle } from "./choice-style";
import { ActionButton, InteractiveCard } from "./interactive-card";
import { ListSheetSections } from "./list-sheet-sections";

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
        <ListSheetSections sections={message.sections} rowTestId="choice-row" />
      </div>
    </InteractiveCard>
  );
}
