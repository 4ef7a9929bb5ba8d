/**
 * How choices show: reply buttons, a list behind a button, or whichever fits; that button's label; and
 * what a channel does when it cannot show all the options.
 */
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { SelectField } from "../fields/select-field";
import { optionalText, TextField } from "../fields/text-field";

export type ChoiceStyle = "auto" | "buttons" | "list";
export type ChoiceFallback = "refuse" | "numbered_text" | "split";

const styles: { value: ChoiceStyle; key: MessageKey }[] = [
  { value: "auto", key: "choices.styleAuto" },
  { value: "buttons", key: "choices.styleButtons" },
  { value: "list", key: "choices.styleList" },
];

const fallbacks: { value: ChoiceFallback; key: MessageKey }[] = [
  { value: "refuse", key: "choices.fallbackRefuse" },
  { value: "numbered_text", key: "choices.fallbackNumberedText" },
  { value: "split", key: "choices.fallbackSplit" },
];

export interface ChoiceSettingsValue {
  style: ChoiceStyle;
  listButton: string | undefined;
  /** Absent means `refuse`. */
  fallback: ChoiceFallback | undefined;
}

interface ChoiceSettingsProps extends ChoiceSettingsValue {
  onChange(change: ChoiceSettingsValue): void;
  scope: ProblemScope;
  testIdPrefix: string;
}

export function ChoiceSettings({
  style,
  listButton,
  fallback,
  onChange,
  scope,
  testIdPrefix,
}: ChoiceSettingsProps) {
  const { t } = useI18n();
  return (
    <div className="fields-row">
      <SelectField
        label={t("choices.style")}
        value={style}
        options={styles.map((option) => ({ value: option.value, label: t(option.key) }))}
        onChange={(next) => onChange({ style: next, listButton, fallback })}
        problems={problemsAt(scope, "style")}
        testId={`${testIdPrefix}-style`}
      />
      {style !== "buttons" && (
        <TextField
          className="fields-row__grow"
          label={t("choices.listButton")}
          value={listButton ?? ""}
          placeholder={t("choices.listButtonPlaceholder")}
          onChange={(next) => onChange({ style, listButton: optionalText(next), fallback })}
          problems={problemsAt(scope, "listButton")}
          testId={`${testIdPrefix}-list-button`}
        />
      )}
      <SelectField
        label={t("choices.fallback")}
        value={fallback ?? "refuse"}
        options={fallbacks.map((option) => ({ value: option.value, label: t(option.key) }))}
        onChange={(next) => onChange({ style, listButton, fallback: next === "refuse" ? undefined : next })}
        problems={problemsAt(scope, "fallback")}
        testId={`${testIdPrefix}-fallback`}
      />
    </div>
  );
}
