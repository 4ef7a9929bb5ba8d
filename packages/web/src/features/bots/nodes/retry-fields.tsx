/** What happens on an answer that does not fit: the retry message, how many tries, and where to go then. */
import type { OutboundMessage } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { ModulePicker } from "../fields/module-picker";
import { NumberField } from "../fields/number-field";
import { problemsAt, within, type ProblemScope } from "../fields/problem-scope";
import { MessageEditor } from "../messages/message-editor";

export interface RetrySettings {
  retryMessage?: OutboundMessage | undefined;
  maxTries: number;
  onGiveUp?: string | undefined;
}

interface RetryFieldsProps {
  value: RetrySettings;
  onChange(value: RetrySettings): void;
  scope: ProblemScope;
  /** What "no module" means here: the ask needs one to be published, a choice keeps asking. */
  giveUpNoneLabel: string;
}

export function RetryFields({ value, onChange, scope, giveUpNoneLabel }: RetryFieldsProps) {
  const { t } = useI18n();
  return (
    <fieldset className="subform">
      <legend>{t("botNode.retry")}</legend>
      <div className="fields-row">
        <NumberField
          label={t("botNode.maxTries")}
          value={value.maxTries}
          min={1}
          step={1}
          onChange={(maxTries) => onChange({ ...value, maxTries: Math.max(1, Math.round(maxTries)) })}
          problems={problemsAt(scope, "maxTries")}
          testId="node-max-tries"
        />
        <ModulePicker
          className="fields-row__grow"
          label={t("botNode.onGiveUp")}
          value={value.onGiveUp}
          noneLabel={giveUpNoneLabel}
          onChange={(onGiveUp) => onChange({ ...value, onGiveUp })}
          problems={problemsAt(scope, "onGiveUp")}
          testId="node-give-up"
        />
      </div>
      <label className="bot-check">
        <input
          type="checkbox"
          data-testid="node-retry-toggle"
          checked={value.retryMessage !== undefined}
          onChange={(event) =>
            onChange({
              ...value,
              retryMessage: event.target.checked ? { kind: "text", text: "" } : undefined,
            })
          }
        />
        {t("botNode.customRetry")}
      </label>
      {value.retryMessage === undefined ? (
        <p className="field__hint">{t("botNode.retryDefault")}</p>
      ) : (
        <MessageEditor
          legend={t("botNode.retryMessage")}
          message={value.retryMessage}
          onChange={(retryMessage) => onChange({ ...value, retryMessage })}
          scope={within(scope, "retryMessage")}
          testIdPrefix="retry"
        />
      )}
    </fieldset>
  );
}
