/** The template body (with `{{1}}` variables and their examples) and the plain-text footer. */
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { LabelledField } from "../labelled-field";
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
      <LabelledField
        id="template-body"
        className="template-part"
        label={t("automation.body")}
        hint={t("automation.bodyHint")}
        problems={bodyProblems}
        after={
          <VariableExamples
            idPrefix="template-body-example"
            text={draft.bodyText}
            examples={draft.bodyExamples}
            problems={(name) => problems(`body.example.${name}`)}
            onChange={(bodyExamples) => onChange({ bodyExamples })}
          />
        }
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={draft.bodyText}
            placeholder={t("automation.bodyPlaceholder")}
            onChange={(event) => onChange({ bodyText: event.target.value })}
          />
        )}
      </LabelledField>
      <LabelledField
        id="template-footer"
        className="template-part"
        label={
          <>
            {t("automation.footer")}
            <span className="muted"> · {t("automation.optional")}</span>
          </>
        }
        problems={footerProblems}
      >
        {(control) => (
          <input
            {...control}
            autoComplete="off"
            value={draft.footerText}
            placeholder={t("automation.footerPlaceholder")}
            onChange={(event) => onChange({ footerText: event.target.value })}
          />
        )}
      </LabelledField>
    </>
  );
}
