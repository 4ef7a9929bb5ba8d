/** One option of a choice: title, optional description, reply id, and whatever the node adds to it. */
import type { ReactNode } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { optionalText, TextField } from "../fields/text-field";

export interface BaseOption {
  id: string;
  title: string;
  description?: string | undefined;
}

interface OptionRowProps<O extends BaseOption> {
  option: O;
  number: number;
  onTitle(title: string): void;
  onChange(option: O): void;
  onRemove(): void;
  canRemove: boolean;
  /** Problems inside this option (`title`, `id`…). */
  scope: ProblemScope;
  testIdPrefix: string;
  extras?: ReactNode;
}

export function OptionRow<O extends BaseOption>({
  option,
  number,
  onTitle,
  onChange,
  onRemove,
  canRemove,
  scope,
  testIdPrefix,
  extras,
}: OptionRowProps<O>) {
  const { t } = useI18n();
  const prefix = `${testIdPrefix}-option`;
  return (
    <li className="option-row" data-testid={prefix}>
      <span className="option-row__number" aria-hidden="true">
        {number}
      </span>
      <div className="option-row__fields">
        <FieldViolations problems={problemsAt(scope, "")} />
        <div className="option-row__main">
          <TextField
            className="option-row__title"
            label={t("choices.optionTitle")}
            value={option.title}
            onChange={onTitle}
            problems={problemsAt(scope, "title")}
            testId={`${prefix}-title`}
          />
          <TextField
            className="option-row__description"
            label={t("choices.optionDescription")}
            value={option.description ?? ""}
            onChange={(description) => onChange({ ...option, description: optionalText(description) })}
            problems={problemsAt(scope, "description")}
            testId={`${prefix}-description`}
          />
          <TextField
            className="option-row__id"
            label={t("choices.optionId")}
            value={option.id}
            mono
            onChange={(id) => onChange({ ...option, id })}
            problems={problemsAt(scope, "id")}
            testId={`${prefix}-id`}
          />
        </div>
        {extras}
      </div>
      <button
        type="button"
        className="icon-button"
        data-testid={`${prefix}-remove`}
        aria-label={t("choices.remove", { n: number })}
        title={t("choices.remove", { n: number })}
        disabled={!canRemove}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}
