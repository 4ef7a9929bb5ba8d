/** The button row under an automation form: an optional saved note, an optional Cancel, and the submit button. */
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";

export interface FormActionsProps {
  /** Test id of the submit button, e.g. `keyword-rule-save`. */
  saveTestId: string;
  saving: boolean;
  /** Shown while nothing changed since the last save; omit for forms that close on save. */
  saved?: { testId: string } | false | undefined;
  /** A Cancel button before the submit button when given. */
  onCancel?: (() => void) | undefined;
  /** The submit button's text, idle and busy; Save / Saving… by default. */
  label?: { idle: MessageKey; busy: MessageKey } | undefined;
}

const saveLabel = { idle: "automation.save", busy: "automation.saving" } as const;

export function FormActions({ saveTestId, saving, saved, onCancel, label = saveLabel }: FormActionsProps) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      {saved && (
        <span className="saved-note" role="status" data-testid={saved.testId}>
          {t("automation.saved")}
        </span>
      )}
      {onCancel && (
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t("automation.cancel")}
        </button>
      )}
      <button type="submit" className="button button--primary" data-testid={saveTestId} disabled={saving}>
        {saving ? t(label.busy) : t(label.idle)}
      </button>
    </div>
  );
}
