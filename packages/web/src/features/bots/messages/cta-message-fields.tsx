/** A call-to-action message: one button that opens a URL. */
import { useI18n } from "../../../i18n/i18n-context";
import { problemsAt } from "../fields/problem-scope";
import { TextField } from "../fields/text-field";
import { InteractiveTextFields } from "./interactive-text-fields";
import type { MessageFormProps } from "./message-forms";

export function CtaMessageFields({ message, onChange, scope, testIdPrefix }: MessageFormProps<"cta_url">) {
  const { t } = useI18n();
  return (
    <>
      <InteractiveTextFields value={message} onChange={onChange} scope={scope} testIdPrefix={testIdPrefix} />
      <div className="fields-row">
        <TextField
          label={t("botMessage.buttonText")}
          value={message.buttonText}
          onChange={(buttonText) => onChange({ ...message, buttonText })}
          problems={problemsAt(scope, "buttonText")}
          testId={`${testIdPrefix}-button-text`}
        />
        <TextField
          className="fields-row__grow"
          label={t("botMessage.url")}
          type="url"
          placeholder="https://"
          value={message.url}
          onChange={(url) => onChange({ ...message, url })}
          problems={problemsAt(scope, "url")}
          testId={`${testIdPrefix}-url`}
        />
      </div>
    </>
  );
}
