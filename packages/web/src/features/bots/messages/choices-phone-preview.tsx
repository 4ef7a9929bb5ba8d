/**
 * A choices message as the phone shows it: reply buttons under the bubble, or a list button that opens
 * the sheet of sections and rows (tap it here too).
 */
import { useState } from "react";
import type { OutboundMessage } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { resolveChoiceStyle } from "../../conversations/choice-style";
import { ActionButton, InteractiveCard } from "../../conversations/interactive-card";
import { ListSheetSections } from "../../conversations/list-sheet-sections";

type Choices = Extract<OutboundMessage, { kind: "choices" }>;

export function ChoicesPhonePreview({ message }: { message: Choices }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const style = resolveChoiceStyle(message);
  const card = { header: message.header, body: message.body, footer: message.footer };

  if (style === "buttons") {
    const options = message.sections.flatMap((section) => section.options);
    return (
      <InteractiveCard
        {...card}
        actions={options.map((option, index) => (
          <ActionButton key={`${option.id}-${index}`} icon="↩">
            <span data-testid="preview-button">{option.title || "…"}</span>
          </ActionButton>
        ))}
      />
    );
  }

  const label = message.listButton ?? t("content.listButton");
  return (
    <>
      <InteractiveCard
        {...card}
        actions={
          <button
            type="button"
            className="action-button action-button--live"
            data-testid="preview-list-button"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">☰ </span>
            {label}
          </button>
        }
      />
      {open && (
        <div className="phone-sheet" data-testid="preview-list-sheet" role="dialog" aria-label={label}>
          <div className="phone-sheet__head">
            <button
              type="button"
              className="icon-button"
              aria-label={t("botEditor.closeSheet")}
              onClick={() => setOpen(false)}
            >
              ×
            </button>
            <strong>{label}</strong>
          </div>
          <ListSheetSections sections={message.sections} rowTestId="preview-list-row" untitled="…" />
        </div>
      )}
    </>
  );
}
