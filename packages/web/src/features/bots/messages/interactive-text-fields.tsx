/** Header, body and footer of an interactive message (choices, call to action) or of a choice node. */
import { useI18n } from "../../../i18n/i18n-context";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { optionalText, TextField } from "../fields/text-field";
import { HeaderFields, type Header } from "./header-fields";

/** The texts every interactive message has. */
export interface InteractiveTexts {
  header?: Header | undefined;
  body: string;
  footer?: string | undefined;
}

interface InteractiveTextFieldsProps<V extends InteractiveTexts> {
  value: V;
  onChange(value: V): void;
  scope: ProblemScope;
  testIdPrefix: string;
}

export function InteractiveTextFields<V extends InteractiveTexts>({
  value,
  onChange,
  scope,
  testIdPrefix,
}: InteractiveTextFieldsProps<V>) {
  const { t } = useI18n();
  return (
    <>
      <HeaderFields
        header={value.header}
        onChange={(header) => onChange({ ...value, header })}
        scope={scope}
        testIdPrefix={testIdPrefix}
      />
      <TextField
        label={t("composer.bodyLabel")}
        rows={3}
        value={value.body}
        onChange={(body) => onChange({ ...value, body })}
        problems={problemsAt(scope, "body")}
        testId={`${testIdPrefix}-body`}
        placeholder={t("composer.bodyPlaceholder")}
      />
      <TextField
        label={t("botMessage.footer")}
        value={value.footer ?? ""}
        onChange={(footer) => onChange({ ...value, footer: optionalText(footer) })}
        problems={problemsAt(scope, "footer")}
        testId={`${testIdPrefix}-footer`}
      />
    </>
  );
}
