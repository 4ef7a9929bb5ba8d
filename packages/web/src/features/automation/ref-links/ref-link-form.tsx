/** Creates or edits a ref link; a code another link of the account uses is shown on the code field. */
import { useMemo, useState, type FormEvent } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import type { RefLink } from "../../../api/automation-types";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { placeProblems, saveProblemOf, type SaveProblem } from "../form-problems";
import { problemAria } from "../problem-aria";
import { ModuleIdInput } from "../replies/module-id-input";
import type { PublishedBotModules } from "../replies/use-bot-modules";
import { SaveProblemBanner } from "../save-problem-banner";
import {
  newRefLinkDraft,
  refLinkDraftOf,
  refLinkFieldOf,
  refLinkRequestOf,
  type RefLinkDraft,
  type RefLinkField,
} from "./ref-link-draft";

interface RefLinkFormProps {
  accountId: string;
  link?: RefLink;
  bot: PublishedBotModules;
  onSaved(link: RefLink): void;
  onCancel(): void;
}

type TextField = Exclude<RefLinkField, "moduleId">;

const textFields: { field: TextField; label: MessageKey; hint: MessageKey; placeholder: MessageKey }[] = [
  {
    field: "name",
    label: "automation.linkName",
    hint: "automation.linkNameHint",
    placeholder: "automation.linkNamePlaceholder",
  },
  {
    field: "code",
    label: "automation.linkCode",
    hint: "automation.linkCodeHint",
    placeholder: "automation.linkCodePlaceholder",
  },
  {
    field: "tags",
    label: "automation.linkTags",
    hint: "automation.linkTagsHint",
    placeholder: "automation.linkTagsPlaceholder",
  },
];

export function RefLinkForm({ accountId, link, bot, onSaved, onCancel }: RefLinkFormProps) {
  const api = useAutomationApi();
  const { t } = useI18n();
  const [draft, setDraft] = useState<RefLinkDraft>(() => (link ? refLinkDraftOf(link) : newRefLinkDraft()));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const placed = useMemo(() => placeProblems(problem?.problems ?? [], refLinkFieldOf), [problem]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      const request = refLinkRequestOf(draft);
      onSaved(link ? await api.updateRefLink(link.id, request) : await api.createRefLink(accountId, request));
    } catch (error) {
      setProblem(saveProblemOf(error, { ref_link_code_taken: "code" }));
    } finally {
      setSaving(false);
    }
  }

  const titleId = link ? `ref-link-form-title-${link.id}` : "ref-link-form-title";
  return (
    <form
      noValidate
      className="card automation-form"
      onSubmit={submit}
      aria-labelledby={titleId}
      data-testid="ref-link-form"
    >
      <h2 id={titleId}>{link ? t("automation.editLink") : t("automation.newLink")}</h2>
      <div className="automation-form__grid">
        {textFields.map(({ field, label, hint, placeholder }) => {
          const id = `ref-link-${field}`;
          const problems = placed.get(field);
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
                placeholder={t(placeholder)}
                {...problemAria(problems, id)}
                onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
              />
              <span className="field__hint">{t(hint)}</span>
              <FieldViolations id={`${id}-problems`} problems={problems} />
            </div>
          );
        })}
        <ModuleIdInput
          id="ref-link-module"
          testId="ref-link-module"
          value={draft.moduleId}
          bot={bot}
          problems={placed.get("moduleId")}
          onChange={(moduleId) => setDraft({ ...draft, moduleId })}
        />
      </div>
      <FieldViolations problems={placed.get("general")} />
      {problem && <SaveProblemBanner problem={problem} />}
      <div className="form-actions">
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t("automation.cancel")}
        </button>
        <button
          type="submit"
          className="button button--primary"
          data-testid="ref-link-save"
          disabled={saving}
        >
          {saving ? t("automation.saving") : t("automation.save")}
        </button>
      </div>
    </form>
  );
}
