/** Where a node that waits for a tap keeps the answer (a contact attribute) and what it does on answers that do not fit. */
import { useI18n } from "../../../i18n/i18n-context";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { optionalText, TextField } from "../fields/text-field";
import { RetryFields, type RetrySettings } from "./retry-fields";

interface AnswerSettings extends RetrySettings {
  attribute?: string | undefined;
}

interface AnswerSettingsFieldsProps<T extends AnswerSettings> {
  value: T;
  onChange(value: T): void;
  scope: ProblemScope;
  /** The attribute field's test id reads `<prefix>-attribute`. */
  testIdPrefix: string;
}

export function AnswerSettingsFields<T extends AnswerSettings>(props: AnswerSettingsFieldsProps<T>) {
  const { value, onChange, scope, testIdPrefix } = props;
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t("botNode.saveChoiceIn")}
        hint={t("botNode.saveChoiceHint")}
        value={value.attribute ?? ""}
        mono
        onChange={(attribute) => onChange({ ...value, attribute: optionalText(attribute) })}
        problems={problemsAt(scope, "attribute")}
        testId={`${testIdPrefix}-attribute`}
      />
      <RetryFields
        value={value}
        onChange={(retry) => onChange({ ...value, ...retry })}
        scope={scope}
        giveUpNoneLabel={t("botNode.keepAsking")}
      />
    </>
  );
}
