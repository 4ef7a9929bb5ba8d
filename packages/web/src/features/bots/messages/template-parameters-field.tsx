/**
 * The values filled into a template's `{{1}}`, `{{2}}`… (or named `{{name}}`) placeholders. Text values
 * are edited here; other kinds (currency, date, media, location) are kept as they came and can be removed.
 */
import type { TemplateParameter } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { optionalText, TextField } from "../fields/text-field";

interface TemplateParametersFieldProps {
  legend: string;
  /** `header` or `body`: the path of the list inside the message. */
  name: "header" | "body";
  parameters: readonly TemplateParameter[];
  onChange(parameters: TemplateParameter[]): void;
  scope: ProblemScope;
  testIdPrefix: string;
}

export function TemplateParametersField({
  legend,
  name,
  parameters,
  onChange,
  scope,
  testIdPrefix,
}: TemplateParametersFieldProps) {
  const { t } = useI18n();
  const set = (index: number, parameter: TemplateParameter) =>
    onChange(parameters.map((current, at) => (at === index ? parameter : current)));
  return (
    <fieldset className="subform" data-testid={`${testIdPrefix}-template-${name}`}>
      <legend>{legend}</legend>
      <FieldViolations problems={problemsAt(scope, name)} />
      {parameters.length === 0 && <p className="field__hint">{t("botMessage.noParameters")}</p>}
      {parameters.map((parameter, index) => (
        <div key={index} className="subform__row">
          <code className="subform__placeholder">{`{{${"name" in parameter && parameter.name ? parameter.name : index + 1}}}`}</code>
          {parameter.type === "text" ? (
            <>
              <TextField
                className="fields-row__grow"
                label={t("botMessage.parameterValue", { n: index + 1 })}
                value={parameter.text}
                onChange={(text) => set(index, { ...parameter, text })}
                problems={problemsAt(scope, `${name}[${index}]`)}
                testId={`${testIdPrefix}-template-parameter`}
              />
              <TextField
                label={t("botMessage.parameterName")}
                value={parameter.name ?? ""}
                mono
                onChange={(next) => set(index, { ...parameter, name: optionalText(next) })}
                problems={undefined}
              />
            </>
          ) : (
            <div className="fields-row__grow">
              <span className="muted">{t("botMessage.parameterKept", { type: parameter.type })}</span>
              <FieldViolations problems={problemsAt(scope, `${name}[${index}]`)} />
            </div>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={t("botEditor.removeRow", { n: index + 1 })}
            onClick={() => onChange(parameters.filter((_, at) => at !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--ghost button--compact"
        data-testid={`${testIdPrefix}-template-${name}-add`}
        onClick={() => onChange([...parameters, { type: "text", text: "" }])}
      >
        + {t("botMessage.addParameter")}
      </button>
    </fieldset>
  );
}
