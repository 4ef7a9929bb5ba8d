/** An approved WhatsApp template by name and language, with the values of its placeholders. */
import { useI18n } from "../../../i18n/i18n-context";
import { JsonField } from "../fields/json-field";
import { problemsAt } from "../fields/problem-scope";
import { TextField } from "../fields/text-field";
import type { MessageFormProps } from "./message-forms";
import { TemplateParametersField } from "./template-parameters-field";
import { isTemplateButtons } from "./typed-json";

export function TemplateMessageFields({
  message,
  onChange,
  scope,
  testIdPrefix,
}: MessageFormProps<"template">) {
  const { t } = useI18n();
  return (
    <>
      <div className="fields-row">
        <TextField
          className="fields-row__grow"
          label={t("botMessage.templateName")}
          value={message.name}
          mono
          placeholder="booking_confirmation"
          onChange={(name) => onChange({ ...message, name })}
          problems={problemsAt(scope, "name")}
          testId={`${testIdPrefix}-template-name`}
        />
        <TextField
          label={t("botMessage.templateLanguage")}
          value={message.language}
          mono
          placeholder="zh_TW"
          onChange={(language) => onChange({ ...message, language })}
          problems={problemsAt(scope, "language")}
          testId={`${testIdPrefix}-template-language`}
        />
      </div>
      <TemplateParametersField
        legend={t("content.templateHeader")}
        name="header"
        parameters={message.header ?? []}
        onChange={(header) => {
          const { header: _previous, ...rest } = message;
          onChange(header.length === 0 ? rest : { ...rest, header });
        }}
        scope={scope}
        testIdPrefix={testIdPrefix}
      />
      <TemplateParametersField
        legend={t("content.templateBody")}
        name="body"
        parameters={message.body ?? []}
        onChange={(body) => onChange({ ...message, body })}
        scope={scope}
        testIdPrefix={testIdPrefix}
      />
      <JsonField
        label={t("botMessage.templateButtons")}
        hint={t("botMessage.templateButtonsHint")}
        rows={3}
        value={message.buttons}
        onChange={(buttons) => {
          const { buttons: _previous, ...rest } = message;
          onChange(isTemplateButtons(buttons) ? { ...rest, buttons } : rest);
        }}
        problems={problemsAt(scope, "buttons")}
        testId={`${testIdPrefix}-template-buttons`}
      />
    </>
  );
}
