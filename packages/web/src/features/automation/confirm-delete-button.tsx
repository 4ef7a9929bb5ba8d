/** A Delete button that asks again in place (no browser dialog): Delete → Confirm delete / Cancel. */
import { useState } from "react";
import { useI18n } from "../../i18n/i18n-context";

interface ConfirmDeleteButtonProps {
  /** What is deleted, for the buttons' accessible names. */
  subject: string;
  testId: string;
  onConfirm(): Promise<void>;
}

export function ConfirmDeleteButton({ subject, testId, onConfirm }: ConfirmDeleteButtonProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  }

  if (!asking) {
    return (
      <button
        type="button"
        className="button button--ghost button--danger"
        data-testid={testId}
        aria-label={t("automation.deleteNamed", { name: subject })}
        onClick={() => setAsking(true)}
      >
        {t("automation.delete")}
      </button>
    );
  }
  return (
    <span className="confirm-delete" role="group" aria-label={t("automation.deleteNamed", { name: subject })}>
      <button
        type="button"
        className="button button--danger-solid"
        data-testid={`${testId}-confirm`}
        disabled={busy}
        onClick={() => void confirm()}
      >
        {busy ? t("automation.deleting") : t("automation.confirmDelete")}
      </button>
      <button type="button" className="button button--ghost" onClick={() => setAsking(false)}>
        {t("automation.cancel")}
      </button>
    </span>
  );
}
