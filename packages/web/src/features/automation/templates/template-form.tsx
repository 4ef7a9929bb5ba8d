/**
 * Writes a WhatsApp template and submits it for review. Every rule it breaks comes back with its path
 * and is shown next to the field; nothing is stored as submitted when WhatsApp refuses it.
 */
import { useMemo, useState } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import type { Template } from "../../../api/automation-types";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { AutomationForm } from "../automation-form";
import { placeProblems } from "../form-problems";
import { LabelledField } from "../labelled-field";
import { useFormSave } from "../use-form-save";
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

const identity: { field: "name" | "language"; label: MessageKey; hint: MessageKey; placeholder: string }[] = [
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

const submitLabel = { idle: "automation.submitTemplate", busy: "automation.submitting" } as const;

interface TemplateFormProps {
  accountId: string;
  onCreated(template: Template): void;
  onCancel(): void;
}

export function TemplateForm({ accountId, onCreated, onCancel }: TemplateFormProps) {
  const api = useAutomationApi();
  const { t } = useI18n();
  const [draft, setDraft] = useState<TemplateDraft>(newTemplateDraft);
  const { saving, problem, submit } = useFormSave();

  const placed = useMemo(
    () =>
      placeProblems(problem?.problems ?? [], templateFieldOf, (field) => isTemplateFieldShown(field, draft)),
    [problem, draft],
  );
  const problems = (field: TemplateField) => placed.get(field);
  const change = (next: Partial<TemplateDraft>) => setDraft((previous) => ({ ...previous, ...next }));

  return (
    <AutomationForm
      labelledBy="template-form-title"
      testId="template-form"
      onSubmit={(event) =>
        void submit(event, () => api.createTemplate(accountId, templateRequestOf(draft)), onCreated)
      }
      general={placed.get("general")}
      problem={problem}
      actions={{ saveTestId: "template-save", saving, onCancel, label: submitLabel }}
    >
      <h2 id="template-form-title">{t("automation.newTemplate")}</h2>
      <div className="automation-form__grid">
        {identity.map(({ field, label, hint, placeholder }) => (
          <LabelledField
            key={field}
            id={`template-${field}`}
            label={t(label)}
            hint={t(hint)}
            problems={problems(field)}
          >
            {(control) => (
              <input
                {...control}
                autoComplete="off"
                value={draft[field]}
                placeholder={placeholder}
                onChange={(event) =>
                  change(field === "name" ? { name: event.target.value } : { language: event.target.value })
                }
              />
            )}
          </LabelledField>
        ))}
        <LabelledField
          id="template-category"
          label={t("automation.templateCategory")}
          problems={problems("category")}
        >
          {(control) => (
            <select
              {...control}
              value={draft.category}
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
          )}
        </LabelledField>
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
    </AutomationForm>
  );
}
