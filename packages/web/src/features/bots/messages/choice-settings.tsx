/** How choices show: reply buttons, a list behind a button, or whichever fits; and that button's label. */
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { SelectField } from "../fields/select-field";
import { optionalText, TextField } from "../fields/text-field";

export type ChoiceStyle = "auto" | "buttons" | "list";

const styles: { value: ChoiceStyle; key: MessageKey }[] = [
  { value: "auto", key: "choices.styleAuto" },
  { value: "buttons", key: "choices.styleButtons" },
  { value: "list", key: "choices.styleList" },
];

interface ChoiceSettingsProps {
  style: ChoiceStyle;
  listButton: string | undefined;
  onChange(change: { style: ChoiceStyle; listButton: string | undefined }): void;
  scope: ProblemScope;
  testIdPrefix: string;
}

export function ChoiceSettings({ style, listButton, onChange, scope, testIdPrefix }: ChoiceSettingsProps) {
  const { t } = useI18n();
  return (
    <div className="fields-row">
      <SelectField
        label={t("choices.style")}
        value={style}
        options={styles.map((option) => ({ value: option.value, label: t(option.key) }))}
        onChange={(next) => onChange({ style: next, listButton })}
        problems={problemsAt(scope, "style")}
        testId={`${testIdPrefix}-style`}
      />
      {style !== "buttons" && (
        <TextField
          className="fields-row__grow"
          label={t("choices.listButton")}
          value={listButton ?? ""}
          placeholder={t("choices.listButtonPlaceholder")}
          onChange={(next) => onChange({ style, listButton: optionalText(next) })}
          problems={problemsAt(scope, "listButton")}
          testId={`${testIdPrefix}-list-button`}
        />
      )}
    </div>
  );
}
