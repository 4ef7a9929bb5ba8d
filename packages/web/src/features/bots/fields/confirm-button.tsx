/** A destructive button that asks once more in place (no browser dialog), naming what it will do. */
import { useState, type ReactNode } from "react";
import { useI18n } from "../../../i18n/i18n-context";

interface ConfirmButtonProps {
  label: string;
  /** The question shown after the first click, e.g. `Delete “Booking”?`. */
  question: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  testId: string;
  disabled?: boolean | undefined;
  className?: string | undefined;
}

export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  testId,
  disabled,
  className,
}: ConfirmButtonProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className={className ?? "button button--ghost button--bot-delete"}
        data-testid={testId}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={label}>
      <span className="confirm__question">{question}</span>
      <button
        type="button"
        className="button button--bot-delete-confirm"
        data-testid={`${testId}-confirm`}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button--ghost" onClick={() => setAsking(false)}>
        {t("botEditor.cancel")}
      </button>
    </span>
  );
}
