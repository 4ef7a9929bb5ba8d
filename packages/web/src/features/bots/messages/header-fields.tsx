/** The header of an interactive message: none, a short text, or an image, video or document by URL. */
import type { OutboundMessage } from "../../../api/types";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";

/** The header of a choices or call-to-action message. */
export type Header = NonNullable<Extract<OutboundMessage, { kind: "choices" }>["header"]>;
type HeaderType = "none" | Header["type"];

const headerTypes: { value: HeaderType; key: MessageKey }[] = [
  { value: "none", key: "botMessage.headerNone" },
  { value: "text", key: "botMessage.headerText" },
  { value: "image", key: "content.image" },
  { value: "video", key: "content.video" },
  { value: "document", key: "content.document" },
];

function headerOfType(type: HeaderType, from: Header | undefined): Header | undefined {
  if (type === "none") return undefined;
  if (type === "text") return { type, text: from?.type === "text" ? from.text : "" };
  const source = from !== undefined && from.type !== "text" ? from.source : { url: "" };
  return { type, source };
}

interface HeaderFieldsProps {
  header: Header | undefined;
  onChange(header: Header | undefined): void;
  scope: ProblemScope;
  testIdPrefix: string;
}

export function HeaderFields({ header, onChange, scope, testIdPrefix }: HeaderFieldsProps) {
  const { t } = useI18n();
  const type: HeaderType = header?.type ?? "none";
  return (
    <div className="fields-row">
      <SelectField
        label={t("botMessage.header")}
        value={type}
        options={headerTypes.map((option) => ({ value: option.value, label: t(option.key) }))}
        onChange={(next) => onChange(headerOfType(next, header))}
        problems={[...(problemsAt(scope, "header") ?? []), ...(problemsAt(scope, "header.type") ?? [])]}
        testId={`${testIdPrefix}-header-type`}
      />
      {header?.type === "text" && (
        <TextField
          className="fields-row__grow"
          label={t("botMessage.headerTextLabel")}
          value={header.text}
          onChange={(text) => onChange({ type: "text", text })}
          problems={problemsAt(scope, "header.text")}
          testId={`${testIdPrefix}-header-text`}
        />
      )}
      {header !== undefined && header.type !== "text" && (
        <TextField
          className="fields-row__grow"
          label={t("botMessage.mediaUrl")}
          type="url"
          value={"url" in header.source ? header.source.url : ""}
          placeholder="https://"
          onChange={(url) => onChange({ type: header.type, source: { url } })}
          problems={problemsAt(scope, "header.source")}
          testId={`${testIdPrefix}-header-url`}
        />
      )}
    </div>
  );
}
