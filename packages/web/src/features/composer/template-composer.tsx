/**
 * Sends an approved WhatsApp template: pick one, fill its variables (header and body), check the preview,
 * send it as a `template` message. What the composer writes once the 24-hour window has closed.
 */
import { useMemo, useState } from "react";
import { useApi } from "../../api/api-context";
import type { Message } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { SendProblemBanner } from "./send-problem-banner";
import { sendProblemOf, type SendProblem } from "./send-problem";
import {
  fillText,
  missingVariables,
  templateMessage,
  templateShape,
  type TemplateValues,
} from "./template-parameters";
import { useApprovedTemplates } from "./use-approved-templates";

interface TemplateComposerProps {
  conversationId: string;
  channelAccountId: string;
  onSent(message: Message): void;
}

const EMPTY: TemplateValues = { header: {}, body: {} };

export function TemplateComposer({ conversationId, channelAccountId, onSent }: TemplateComposerProps) {
  const { t } = useI18n();
  const api = useApi();
  const { templates, error } = useApprovedTemplates(channelAccountId);
  const [chosenId, setChosenId] = useState("");
  const [values, setValues] = useState<TemplateValues>(EMPTY);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<SendProblem | null>(null);
  const chosen = templates?.find((template) => template.id === chosenId);
  const shape = useMemo(() => (chosen ? templateShape(chosen) : null), [chosen]);
  const missing = shape ? missingVariables(shape, values) : [];

  async function send() {
    if (!shape || missing.length > 0 || sending) return;
    setSending(true);
    setProblem(null);
    try {
      onSent(await api.sendMessage(conversationId, templateMessage(shape, values)));
      setValues(EMPTY);
    } catch (cause) {
      setProblem(sendProblemOf(cause));
    } finally {
      setSending(false);
    }
  }

  const field = (part: keyof TemplateValues, variable: string) => (
    <label key={`${part}-${variable}`} className="template-composer__field">
      <span>
        {t(part === "header" ? "templateComposer.headerVariable" : "templateComposer.bodyVariable", {
          name: variable,
        })}
      </span>
      <input
        data-testid="template-variable"
        data-part={part}
        data-variable={variable}
        value={values[part][variable] ?? ""}
        onChange={(event) =>
          setValues((previous) => ({
            ...previous,
            [part]: { ...previous[part], [variable]: event.target.value },
          }))
        }
      />
    </label>
  );

  return (
    <div className="template-composer" data-testid="template-composer">
      {problem && <SendProblemBanner problem={problem} />}
      {error !== null && (
        <p className="banner banner--error" role="alert">
          {t("templateComposer.loadFailed", { reason: error })}
        </p>
      )}
      {templates !== null && templates.length === 0 && (
        <p className="composer__note" data-testid="template-none">
          {t("templateComposer.none")}
        </p>
      )}
      {templates !== null && templates.length > 0 && (
        <label className="template-composer__field">
          <span>{t("templateComposer.choose")}</span>
          <select
            data-testid="template-select"
            value={chosenId}
            onChange={(event) => {
              setChosenId(event.target.value);
              setValues(EMPTY);
              setProblem(null);
            }}
          >
            <option value="">{t("templateComposer.choosePlaceholder")}</option>
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name} ({template.language})
              </option>
            ))}
          </select>
        </label>
      )}
      {shape && (
        <>
          <div className="template-composer__fields">
            {shape.headerVariables.map((variable) => field("header", variable))}
            {shape.bodyVariables.map((variable) => field("body", variable))}
          </div>
          <div className="template-composer__preview" data-testid="template-preview-text">
            {shape.headerText !== null && <strong>{fillText(shape.headerText, values.header)}</strong>}
            <p>{fillText(shape.bodyText, values.body)}</p>
          </div>
          <div className="composer__footer">
            {missing.length > 0 && (
              <span className="composer__hint">
                {t("templateComposer.missing", { fields: missing.join(", ") })}
              </span>
            )}
            <button
              type="button"
              className="button button--primary"
              data-testid="template-send"
              disabled={sending || missing.length > 0}
              onClick={() => void send()}
            >
              {sending ? t("composer.sending") : t("templateComposer.send")}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
