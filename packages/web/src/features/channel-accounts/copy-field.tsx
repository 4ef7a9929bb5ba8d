/** A read-only value with a Copy button (webhook URL, verify token). */
import { useState } from "react";
import { useI18n } from "../../i18n/i18n-context";

export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      // Clipboard refused (plain HTTP): the value stays selectable.
    }
  }

  return (
    <div className="copy-field">
      <span className="field__label">{label}</span>
      <div className="copy-field__row">
        <input
          readOnly
          value={value}
          data-testid={testId}
          aria-label={label}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {copied ? t("accounts.copied") : t("accounts.copy")}
        </button>
      </div>
    </div>
  );
}
