/** One option in the choices editor: title, optional description, reply id, and its problems. */
import type { LimitViolation } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import type { OptionDraft } from "./choices-draft";
import { FieldViolations } from "./field-violations";
import type { FieldKey, OptionField } from "./violation-path";

interface ChoiceOptionRowProps {
  option: OptionDraft;
  row: number;
  problems: ReadonlyMap<FieldKey, LimitViolation[]>;
  canRemove: boolean;
  onChange(field: OptionField, value: string): void;
  onRemove(): void;
}

export function ChoiceOptionRow({
  option,
  row,
  problems,
  canRemove,
  onChange,
  onRemove,
}: ChoiceOptionRowProps) {
  const { t } = useI18n();
  const idPrefix = `choice-${option.key}`;

  function input(field: OptionField, label: string, testId: string) {
    const fieldProblems = problems.get(`option.${row}.${field}`);
    const problemsId = `${idPrefix}-${field}-problems`;
    return (
      <div className={`choice-option__field choice-option__field--${field}`}>
        <label className="visually-hidden" htmlFor={`${idPrefix}-${field}`}>
          {t("choices.option", { n: row + 1 })} · {label}
        </label>
        <input
          id={`${idPrefix}-${field}`}
          data-testid={testId}
          value={option[field]}
          placeholder={label}
          aria-invalid={fieldProblems !== undefined}
          aria-describedby={fieldProblems ? problemsId : undefined}
          onChange={(event) => onChange(field, event.target.value)}
        />
        <FieldViolations id={problemsId} problems={fieldProblems} />
      </div>
    );
  }

  return (
    <li className="choice-option" data-testid="choice-option">
      <span className="choice-option__number" aria-hidden="true">
        {row + 1}
      </span>
      <div className="choice-option__fields">
        {input("title", t("choices.optionTitle"), "choice-option-title")}
        {input("description", t("choices.optionDescription"), "choice-option-description")}
        {input("id", t("choices.optionId"), "choice-option-id")}
        <FieldViolations problems={problems.get(`option.${row}`)} />
      </div>
      <button
        type="button"
        className="icon-button"
        data-testid="choice-remove"
        aria-label={t("choices.remove", { n: row + 1 })}
        title={t("choices.remove", { n: row + 1 })}
        disabled={!canRemove}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}
