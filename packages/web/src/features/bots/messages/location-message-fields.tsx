/** A place to send: coordinates, and an optional name and address. */
import { useI18n } from "../../../i18n/i18n-context";
import { NumberField } from "../fields/number-field";
import { problemsAt } from "../fields/problem-scope";
import { optionalText, TextField } from "../fields/text-field";
import type { MessageFormProps } from "./message-forms";

export function LocationMessageFields({
  message,
  onChange,
  scope,
  testIdPrefix,
}: MessageFormProps<"location">) {
  const { t } = useI18n();
  return (
    <>
      <div className="fields-row">
        <NumberField
          label={t("botMessage.latitude")}
          value={message.latitude}
          min={-90}
          max={90}
          step="any"
          onChange={(latitude) => onChange({ ...message, latitude })}
          problems={problemsAt(scope, "latitude")}
          testId={`${testIdPrefix}-latitude`}
        />
        <NumberField
          label={t("botMessage.longitude")}
          value={message.longitude}
          min={-180}
          max={180}
          step="any"
          onChange={(longitude) => onChange({ ...message, longitude })}
          problems={problemsAt(scope, "longitude")}
          testId={`${testIdPrefix}-longitude`}
        />
      </div>
      <TextField
        label={t("botMessage.placeName")}
        value={message.name ?? ""}
        onChange={(name) => onChange({ ...message, name: optionalText(name) })}
        problems={problemsAt(scope, "name")}
        testId={`${testIdPrefix}-place-name`}
      />
      <TextField
        label={t("botMessage.address")}
        value={message.address ?? ""}
        onChange={(address) => onChange({ ...message, address: optionalText(address) })}
        problems={problemsAt(scope, "address")}
        testId={`${testIdPrefix}-address`}
      />
    </>
  );
}
