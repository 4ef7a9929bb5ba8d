/** An authentication template: WhatsApp writes the text; here only the copy-code button and its options. */
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { problemAria } from "../problem-aria";
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
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="template-auth-security"
          checked={draft.securityRecommendation}
          onChange={(event) => onChange({ securityRecommendation: event.target.checked })}
        />
        {t("automation.securityRecommendation")}
      </label>
      <div className="automation-form__grid">
        <div className="field">
          <label className="field__label" htmlFor="template-auth-expiration">
            {t("automation.codeExpiration")}
          </label>
          <input
            id="template-auth-expiration"
            data-testid="template-auth-expiration"
            type="number"
            min={1}
            max={90}
            value={draft.codeExpirationMinutes}
            {...problemAria(expiration, "template-auth-expiration")}
            onChange={(event) => onChange({ codeExpirationMinutes: event.target.value })}
          />
          <FieldViolations id="template-auth-expiration-problems" problems={expiration} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="template-auth-button">
            {t("automation.otpButtonText")}
          </label>
          <input
            id="template-auth-button"
            data-testid="template-auth-button"
            autoComplete="off"
            value={draft.otpText}
            placeholder={t("automation.otpButtonPlaceholder")}
            {...problemAria(otpText, "template-auth-button")}
            onChange={(event) => onChange({ otpText: event.target.value })}
          />
          <FieldViolations id="template-auth-button-problems" problems={otpText} />
        </div>
      </div>
    </fieldset>
  );
}
