/** The optional image above a choices message's body, e.g. a product photo over reply buttons. */
import type { LimitViolation } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { FieldViolations } from "./field-violations";

interface ChoicesHeaderFieldProps {
  url: string;
  problems: readonly LimitViolation[] | undefined;
  onChange(url: string): void;
}

export function ChoicesHeaderField({ url, problems, onChange }: ChoicesHeaderFieldProps) {
  const { t } = useI18n();
  return (
    <div className="field choices-editor__header">
      <label className="field__label" htmlFor="choice-header-image">
        {t("composerChoices.headerImage")}
      </label>
      <input
        id="choice-header-image"
        data-testid="choice-header-image"
        type="url"
        inputMode="url"
        value={url}
        placeholder={t("composerChoices.headerImagePlaceholder")}
        aria-invalid={problems !== undefined}
        aria-describedby={problems ? "choice-header-image-problems" : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldViolations id="choice-header-image-problems" problems={problems} />
    </div>
  );
}
