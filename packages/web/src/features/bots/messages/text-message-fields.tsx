/** A plain text message, with the link preview switch. */
import { useI18n } from "../../../i18n/i18n-context";
import { problemsAt } from "../fields/problem-scope";
import { TextField } from "../fields/text-field";
import type { MessageFormProps } from "./message-forms";

export function TextMessageFields({ message, onChange, scope, testIdPrefix }: MessageFormProps<"text">) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t("botMessage.text")}
        rows={3}
        value={message.text}
        onChange={(text) => onChange({ ...message, text })}
        problems={problemsAt(scope, "text")}
        testId={`${testIdPrefix}-text`}
        placeholder={t("botMessage.textPlaceholder")}
      />
      <label className="bot-check">
        <input
          type="checkbox"
          checked={message.previewUrl ?? false}
          onChange={(event) => {
            const { previewUrl: _previous, ...rest } = message;
            onChange(event.target.checked ? { ...rest, previewUrl: true } : rest);
          }}
        />
        {t("botMessage.previewUrl")}
      </label>
    </>
  );
}
