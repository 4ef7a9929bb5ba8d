/** An authentication template: WhatsApp writes the text; here only the copy-code button and its options. */
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { CheckboxField } from "../checkbox-field";
import { LabelledField } from "../labelled-field";
import type { TemplateDraft } from "./template-draft";
import type { TemplateField } from "./template-fields";

interface TemplateAuthFieldsProps {
  draft: TemplateDraft;
  problems: (field: TemplateField) => LimitViolation[] | undefined;
  onChange(change: Partial<TemplateDraft>): void;
}

export function TemplateAuthFields({ draft, problems, onChange }: TemplateAuthFieldsProps) {
  const { t } = useI18n();
  const expiration = problems("authentication.codeExpirationMinutes");
  const otpText = problems("button.0.text");
  return (
    <fieldset className="template-part">
      <legend className="field__label">{t("automation.authentication")}</legend>
      <span className="field__hint">{t("automation.authenticationHint")}</span>
      <FieldViolations problems={problems("authentication")} />
      <CheckboxField
        testId="template-auth-security"
        label={t("automation.securityRecommendation")}
        checked={draft.securityRecommendation}
        onChange={(securityRecommendation) => onChange({ securityRecommendation })}
      />
      <div className="automation-form__grid">
        <LabelledField
          id="template-auth-expiration"
          label={t("automation.codeExpiration")}
          problems={expiration}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              max={90}
              value={draft.codeExpirationMinutes}
              onChange={(event) => onChange({ codeExpirationMinutes: event.target.value })}
            />
          )}
        </LabelledField>
        <LabelledField id="template-auth-button" label={t("automation.otpButtonText")} problems={otpText}>
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              value={draft.otpText}
              placeholder={t("automation.otpButtonPlaceholder")}
              onChange={(event) => onChange({ otpText: event.target.value })}
            />
          )}
        </LabelledField>
      </div>
    </fieldset>
  );
}
