/**
 * Writes a WhatsApp template and submits it for review. Every rule it breaks comes back with its path
 * and is shown next to the field; nothing is stored as submitted when WhatsApp refuses it.
 */
import { useMemo, useState, type FormEvent } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import type { Template } from "../../../api/automation-types";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { placeProblems, saveProblemOf, type SaveProblem } from "../form-problems";
import { problemAria } from "../problem-aria";
import { SaveProblemBanner } from "../save-problem-banner";
import { TemplateAuthFields } from "./template-auth-fields";
import { TemplateButtonsEditor } from "./template-buttons-editor";
import {
  newTemplateDraft,
  templateCategories,
  templateRequestOf,
  type TemplateDraft,
} from "./template-draft";
import { isTemplateFieldShown, templateFieldOf, type TemplateField } from "./template-fields";
import { TemplateHeaderFields } from "./template-header-fields";
import { categoryLabels } from "./template-labels";
import { TemplateTextFields } from "./template-text-fields";

interface TemplateFormProps {
  accountId: string;
  onCreated(template: Template): void;
  onCancel(): void;
}

export function TemplateForm({ accountId, onCreated, onCancel }: TemplateFormProps) {
  const api = useAutomationApi();
  const { t } = useI18n();
  const [draft, setDraft] = useState<TemplateDraft>(newTemplateDraft);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  const placed = useMemo(
    () =>
      placeProblems(problem?.problems ?? [], templateFieldOf, (field) => isTemplateFieldShown(field, draft)),
    [problem, draft],
  );
  const problems = (field: TemplateField) => placed.get(field);
  const change = (next: Partial<TemplateDraft>) => setDraft((previous) => ({ ...previous, ...next }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      onCreated(await api.createTemplate(accountId, templateRequestOf(draft)));
    } catch (error) {
      setProblem(saveProblemOf(error));
    } finally {
      setSaving(false);
    }
  }

  const identity: { field: "name" | "language"; label: MessageKey; hint: MessageKey; placeholder: string }[] =
    [
      {
        field: "name",
        label: "automation.templateName",
        hint: "automation.templateNameHint",
        placeholder: "order_ready",
      },
      {
        field: "language",
        label: "automation.templateLanguage",
        hint: "automation.templateLanguageHint",
        placeholder: "zh_TW",
      },
    ];

  return (
    <form
      noValidate
      className="card automation-form"
      onSubmit={submit}
      aria-labelledby="template-form-title"
      data-testid="template-form"
    >
      <h2 id="template-form-title">{t("automation.newTemplate")}</h2>
      <div className="automation-form__grid">
        {identity.map(({ field, label, hint, placeholder }) => {
          const id = `template-${field}`;
          return (
            <div key={field} className="field">
              <label className="field__label" htmlFor={id}>
                {t(label)}
              </label>
              <input
                id={id}
                data-testid={id}
                autoComplete="off"
                value={draft[field]}
                placeholder={placeholder}
                {...problemAria(problems(field), id)}
                onChange={(event) =>
                  change(field === "name" ? { name: event.target.value } : { language: event.target.value })
                }
              />
              <span className="field__hint">{t(hint)}</span>
              <FieldViolations id={`${id}-problems`} problems={problems(field)} />
            </div>
          );
        })}
        <div className="field">
          <label className="field__label" htmlFor="template-category">
            {t("automation.templateCategory")}
          </label>
          <select
            id="template-category"
            data-testid="template-category"
            value={draft.category}
            {...problemAria(problems("category"), "template-category")}
            onChange={(event) => {
              const category = templateCategories.find((c) => c === event.target.value);
              if (category) change({ category });
            }}
          >
            {templateCategories.map((category) => (
              <option key={category} value={category}>
                {t(categoryLabels[category])}
              </option>
            ))}
          </select>
          <FieldViolations id="template-category-problems" problems={problems("category")} />
        </div>
      </div>
      {draft.category === "authentication" ? (
        <TemplateAuthFields draft={draft} problems={problems} onChange={change} />
      ) : (
        <>
          <TemplateHeaderFields draft={draft} problems={problems} onChange={change} />
          <TemplateTextFields draft={draft} problems={problems} onChange={change} />
          <TemplateButtonsEditor
            buttons={draft.buttons}
            problems={problems}
            onChange={(buttons) => change({ buttons })}
          />
        </>
      )}
      <FieldViolations problems={placed.get("general")} />
      {problem && <SaveProblemBanner problem={problem} />}
      <div className="form-actions">
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t("automation.cancel")}
        </button>
        <button
          type="submit"
          className="button button--primary"
          data-testid="template-save"
          disabled={saving}
        >
          {saving ? t("automation.submitting") : t("automation.submitTemplate")}
        </button>
      </div>
    </form>
  );
}
