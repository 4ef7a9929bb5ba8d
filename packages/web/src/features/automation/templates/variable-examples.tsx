/** One example input for each `{{…}}` variable of a template text, as WhatsApp's review needs. */
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { problemAria } from "../problem-aria";
import { templateVariableNames } from "./template-variables";

interface VariableExamplesProps {
  /** `template-body-example` → inputs `template-body-example-1`, … */
  idPrefix: string;
  text: string;
  examples: Record<string, string>;
  problems: (name: string) => LimitViolation[] | undefined;
  onChange(examples: Record<string, string>): void;
}

export function VariableExamples({ idPrefix, text, examples, problems, onChange }: VariableExamplesProps) {
  const { t } = useI18n();
  const names = templateVariableNames(text);
  if (names.length === 0) return null;
  return (
    <div className="variable-examples">
      {names.map((name) => {
        const id = `${idPrefix}-${name}`;
        return (
          <div key={name} className="field variable-example">
            <label className="field__label" htmlFor={id}>
              {t("automation.exampleFor", { variable: `{{${name}}}` })}
            </label>
            <input
              id={id}
              data-testid={id}
              autoComplete="off"
              value={examples[name] ?? ""}
              {...problemAria(problems(name), id)}
              onChange={(event) => onChange({ ...examples, [name]: event.target.value })}
            />
            <FieldViolations id={`${id}-problems`} problems={problems(name)} />
          </div>
        );
      })}
    </div>
  );
}
