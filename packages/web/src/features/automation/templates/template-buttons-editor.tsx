/** The template's buttons: quick replies, website links (an optional `{{1}}` at the end) and phone calls. */
import type { LimitViolation } from "../../../api/types";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { problemAria } from "../problem-aria";
import { buttonTypes, newButtonDraft, type ButtonDraft, type ButtonType } from "./template-draft";
import { buttonFieldsOf, type ButtonField, type TemplateField } from "./template-fields";

const typeLabels: Record<ButtonType, MessageKey> = {
  quick_reply: "automation.buttonQuickReply",
  url: "automation.buttonUrl",
  phone_number: "automation.buttonPhone",
};

const fieldLabels: Record<ButtonField, MessageKey> = {
  text: "automation.buttonText",
  url: "automation.buttonUrlLabel",
  example: "automation.buttonUrlExample",
  phoneNumber: "automation.buttonPhoneLabel",
};

interface TemplateButtonsEditorProps {
  buttons: ButtonDraft[];
  problems: (field: TemplateField) => LimitViolation[] | undefined;
  onChange(buttons: ButtonDraft[]): void;
}

export function TemplateButtonsEditor({ buttons, problems, onChange }: TemplateButtonsEditorProps) {
  const { t } = useI18n();
  const update = (index: number, change: Partial<ButtonDraft>) =>
    onChange(buttons.map((button, i) => (i === index ? { ...button, ...change } : button)));

  return (
    <fieldset className="template-part">
      <legend className="field__label">{t("automation.buttons")}</legend>
      <FieldViolations problems={problems("buttons")} />
      {buttons.map((button, index) => (
        <div key={index} className="template-button" data-testid="template-button" data-type={button.type}>
          <div className="template-button__header">
            <strong>{t("automation.buttonOf", { n: index + 1, type: t(typeLabels[button.type]) })}</strong>
            <button
              type="button"
              className="icon-button"
              aria-label={t("automation.removeButton", { n: index + 1 })}
              onClick={() => onChange(buttons.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </div>
          <FieldViolations problems={problems(`button.${index}`)} />
          <div className="automation-form__grid">
            {buttonFieldsOf(button).map((field) => {
              const id = `template-button-${index}-${field}`;
              const fieldProblems = problems(`button.${index}.${field}`);
              return (
                <div key={field} className="field">
                  <label className="field__label" htmlFor={id}>
                    {t(fieldLabels[field])}
                  </label>
                  <input
                    id={id}
                    data-testid={id}
                    autoComplete="off"
                    type={field === "phoneNumber" ? "tel" : "text"}
                    value={button[field]}
                    placeholder={field === "url" ? "https://shop.example/orders/{{1}}" : undefined}
                    {...problemAria(fieldProblems, id)}
                    onChange={(event) => update(index, { [field]: event.target.value })}
                  />
                  <FieldViolations id={`${id}-problems`} problems={fieldProblems} />
                </div>
              );
            })}
          </div>
        </div>
      ))}
      <div className="template-button__add">
        {buttonTypes.map((type) => (
          <button
            key={type}
            type="button"
            className="button"
            data-testid={`template-button-add-${type}`}
            onClick={() => onChange([...buttons, newButtonDraft(type)])}
          >
            + {t(typeLabels[type])}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
