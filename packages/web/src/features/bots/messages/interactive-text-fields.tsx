/** Body and footer of an interactive message (the header has its own fields). */
import { useI18n } from "../../../i18n/i18n-context";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { optionalText, TextField } from "../fields/text-field";

interface InteractiveTextFieldsProps {
  body: string;
  footer: string | undefined;
  onChange(change: { body: string; footer: string | undefined }): void;
  scope: ProblemScope;
  testIdPrefix: string;
}

export function InteractiveTextFields({
  body,
  footer,
  onChange,
  scope,
  testIdPrefix,
}: InteractiveTextFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t("composer.bodyLabel")}
        rows={3}
        value={body}
        onChange={(next) => onChange({ body: next, footer })}
        problems={problemsAt(scope, "body")}
        testId={`${testIdPrefix}-body`}
        placeholder={t("composer.bodyPlaceholder")}
      />
      <TextField
        label={t("botMessage.footer")}
        value={footer ?? ""}
        onChange={(next) => onChange({ body, footer: optionalText(next) })}
        problems={problemsAt(scope, "footer")}
        testId={`${testIdPrefix}-footer`}
      />
    </>
  );
}
