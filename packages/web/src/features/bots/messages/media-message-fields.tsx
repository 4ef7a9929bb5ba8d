/** A photo, video, audio, document or sticker sent by public URL, with its caption or file name. */
import type { MediaType } from "../../../api/bots-api";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { problemsAt } from "../fields/problem-scope";
import { SelectField } from "../fields/select-field";
import { optionalText, TextField } from "../fields/text-field";
import type { MessageFormProps } from "./message-forms";

const mediaTypes: { value: MediaType; key: MessageKey }[] = [
  { value: "image", key: "content.image" },
  { value: "video", key: "content.video" },
  { value: "audio", key: "content.audio" },
  { value: "document", key: "content.document" },
  { value: "sticker", key: "content.sticker" },
];

export function MediaMessageFields({ message, onChange, scope, testIdPrefix }: MessageFormProps<"media">) {
  const { t } = useI18n();
  const byId = "mediaId" in message.source;
  return (
    <>
      <div className="fields-row">
        <SelectField
          label={t("botMessage.mediaType")}
          value={message.mediaType}
          options={mediaTypes.map((option) => ({ value: option.value, label: t(option.key) }))}
          onChange={(mediaType) => onChange({ ...message, mediaType })}
          problems={problemsAt(scope, "mediaType")}
          testId={`${testIdPrefix}-media-type`}
        />
        {byId ? (
          <TextField
            className="fields-row__grow"
            label={t("botMessage.mediaId")}
            value={"mediaId" in message.source ? message.source.mediaId : ""}
            onChange={(mediaId) => onChange({ ...message, source: { mediaId } })}
            problems={problemsAt(scope, "source")}
            testId={`${testIdPrefix}-media-id`}
          />
        ) : (
          <TextField
            className="fields-row__grow"
            label={t("botMessage.mediaUrl")}
            type="url"
            placeholder="https://"
            value={"url" in message.source ? message.source.url : ""}
            onChange={(url) => onChange({ ...message, source: { url } })}
            problems={problemsAt(scope, "source")}
            testId={`${testIdPrefix}-media-url`}
          />
        )}
      </div>
      {message.mediaType !== "sticker" && message.mediaType !== "audio" && (
        <TextField
          label={t("botMessage.caption")}
          rows={2}
          value={message.caption ?? ""}
          onChange={(caption) => onChange({ ...message, caption: optionalText(caption) })}
          problems={problemsAt(scope, "caption")}
          testId={`${testIdPrefix}-caption`}
        />
      )}
      {message.mediaType === "document" && (
        <TextField
          label={t("botMessage.filename")}
          value={message.filename ?? ""}
          placeholder="menu.pdf"
          onChange={(filename) => onChange({ ...message, filename: optionalText(filename) })}
          problems={problemsAt(scope, "filename")}
          testId={`${testIdPrefix}-filename`}
        />
      )}
    </>
  );
}
