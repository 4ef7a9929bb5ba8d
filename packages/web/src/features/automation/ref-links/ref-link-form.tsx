/** Creates or edits a ref link; a code another link of the account uses is shown on the code field. */
import { useMemo, useState } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import type { RefLink } from "../../../api/automation-types";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { AutomationForm } from "../automation-form";
import { placeProblems } from "../form-problems";
import { LabelledField } from "../labelled-field";
import { ModuleIdInput } from "../replies/module-id-input";
import type { PublishedBotModules } from "../replies/use-bot-modules";
import { useFormSave } from "../use-form-save";
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
  link?: RefLink | undefined;
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

/** A code another link of the account already uses belongs to the code field. */
const pathOfCode = { ref_link_code_taken: "code" };

export function RefLinkForm({ accountId, link, bot, onSaved, onCancel }: RefLinkFormProps) {
  const api = useAutomationApi();
  const { t } = useI18n();
  const [draft, setDraft] = useState<RefLinkDraft>(() => (link ? refLinkDraftOf(link) : newRefLinkDraft()));
  const { saving, problem, submit } = useFormSave(pathOfCode);
  const placed = useMemo(() => placeProblems(problem?.problems ?? [], refLinkFieldOf), [problem]);

  const save = () => {
    const request = refLinkRequestOf(draft);
    return link ? api.updateRefLink(link.id, request) : api.createRefLink(accountId, request);
  };

  const titleId = link ? `ref-link-form-title-${link.id}` : "ref-link-form-title";
  return (
    <AutomationForm
      labelledBy={titleId}
      testId="ref-link-form"
      onSubmit={(event) => void submit(event, save, onSaved)}
      general={placed.get("general")}
      problem={problem}
      actions={{ saveTestId: "ref-link-save", saving, onCancel }}
    >
      <h2 id={titleId}>{link ? t("automation.editLink") : t("automation.newLink")}</h2>
      <div className="automation-form__grid">
        {textFields.map(({ field, label, hint, placeholder }) => (
          <LabelledField
            key={field}
            id={`ref-link-${field}`}
            label={t(label)}
            hint={t(hint)}
            problems={placed.get(field)}
          >
            {(control) => (
              <input
                {...control}
                autoComplete="off"
                value={draft[field]}
                placeholder={t(placeholder)}
                onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
              />
            )}
          </LabelledField>
        ))}
        <ModuleIdInput
          id="ref-link-module"
          value={draft.moduleId}
          bot={bot}
          problems={placed.get("moduleId")}
          onChange={(moduleId) => setDraft({ ...draft, moduleId })}
        />
      </div>
    </AutomationForm>
  );
}
