/** The template body (with `{{1}}` variables and their examples) and the plain-text footer. */
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { problemAria } from "../problem-aria";
import type { TemplateDraft } from "./template-draft";
import type { TemplateField } from "./template-fields";
import { VariableExamples } from "./variable-examples";

interface TemplateTextFieldsProps {
  draft: TemplateDraft;
  problems: (field: TemplateField) => LimitViolation[] | undefined;
  onChange(change: Partial<TemplateDraft>): void;
}

export function TemplateTextFields({ draft, problems, onChange }: TemplateTextFieldsProps) {
  const { t } = useI18n();
  const bodyProblems = [...(problems("body") ?? []), ...(problems("body.text") ?? [])];
  const footerProblems = problems("footer");
  return (
    <>
      <div className="field template-part">
        <label className="field__label" htmlFor="template-body">
          {t("automation.body")}
        </label>
        <textarea
          id="template-body"
          data-testid="template-body"
          rows={4}
          value={draft.bodyText}
          placeholder={t("automation.bodyPlaceholder")}
          {...problemAria(bodyProblems, "template-body")}
          onChange={(event) => onChange({ bodyText: event.target.value })}
        />
        <span className="field__hint">{t("automation.bodyHint")}</span>
        <FieldViolations id="template-body-problems" problems={bodyProblems} />
        <VariableExamples
          idPrefix="template-body-example"
          text={draft.bodyText}
          examples={draft.bodyExamples}
          problems={(name) => problems(`body.example.${name}`)}
          onChange={(bodyExamples) => onChange({ bodyExamples })}
        />
      </div>
      <div className="field template-part">
        <label className="field__label" htmlFor="template-footer">
          {t("automation.footer")}
          <span className="muted"> · {t("automation.optional")}</span>
        </label>
        <input
          id="template-footer"
          data-testid="template-footer"
          autoComplete="off"
          value={draft.footerText}
          placeholder={t("automation.footerPlaceholder")}
          {...problemAria(footerProblems, "template-footer")}
          onChange={(event) => onChange({ footerText: event.target.value })}
        />
        <FieldViolations id="template-footer-problems" problems={footerProblems} />
      </div>
    </>
  );
}
