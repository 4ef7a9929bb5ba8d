/** An approved template as sent: its name and language, and the values filled into it. */
import type { OutboundMessage, TemplateParameter } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";

type Template = Extract<OutboundMessage, { kind: "template" }>;

/** Pure: what one parameter puts into the template, as text. */
function parameterText(parameter: TemplateParameter): string {
  switch (parameter.type) {
    case "text":
      return parameter.text;
    case "currency":
    case "date_time":
      return parameter.fallback;
    case "location":
      return parameter.name ?? `${parameter.latitude}, ${parameter.longitude}`;
    default:
      return "url" in parameter.source
        ? parameter.source.url
        : `${parameter.type} ${parameter.source.mediaId}`;
  }
}

function Parameters({ title, parameters }: { title: string; parameters: readonly TemplateParameter[] }) {
  return (
    <div className="template__group">
      <span className="template__group-title">{title}</span>
      <ol className="template__params">
        {parameters.map((parameter, index) => (
          <li key={index}>
            <code>
              {"name" in parameter && parameter.name ? `{{${parameter.name}}}` : `{{${index + 1}}}`}
            </code>{" "}
            {parameterText(parameter)}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function TemplatePreview({ message }: { message: Template }) {
  const { t } = useI18n();
  return (
    <div className="template" data-template={message.name}>
      <p className="template__name">
        <span className="template__tag">{t("content.template")}</span>
        <strong>{message.name}</strong>
        <span className="muted"> · {message.language}</span>
      </p>
      {message.header && message.header.length > 0 && (
        <Parameters title={t("content.templateHeader")} parameters={message.header} />
      )}
      {message.body && message.body.length > 0 && (
        <Parameters title={t("content.templateBody")} parameters={message.body} />
      )}
      {message.buttons && message.buttons.length > 0 && (
        <div className="template__group">
          <span className="template__group-title">{t("content.templateButtons")}</span>
          <ul className="template__params">
            {message.buttons.map((button) => (
              <li key={`${button.type}-${button.index}`}>
                <code>
                  {button.type} #{button.index + 1}
                </code>{" "}
                {button.type === "quick_reply"
                  ? button.payload
                  : button.type === "url"
                    ? button.text
                    : button.code}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
