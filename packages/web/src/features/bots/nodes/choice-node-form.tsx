/** Offers options as buttons or a list; each option may go to a module and add or remove tags. */
import { useI18n } from "../../../i18n/i18n-context";
import { newChoiceOption } from "../choice-options";
import { ModulePicker } from "../fields/module-picker";
import { problemsAt } from "../fields/problem-scope";
import { TagsField } from "../fields/tags-field";
import { optionalText, TextField } from "../fields/text-field";
import { ChoicesFields } from "../messages/choices-fields";
import type { NodeFormProps } from "./node-form";
import { RetryFields } from "./retry-fields";

export function ChoiceNodeForm({ node, onChange, scope }: NodeFormProps<"choice">) {
  const { t } = useI18n();
  return (
    <>
      <ChoicesFields
        value={node}
        onChange={onChange}
        newOption={newChoiceOption}
        scope={scope}
        testIdPrefix="choice"
        renderExtras={(option, update, optionScope) => (
          <div className="option-row__extras">
            <ModulePicker
              label={t("botNode.optionGoTo")}
              value={option.goTo}
              noneLabel={t("botNode.nextNode")}
              onChange={(goTo) => update({ ...option, goTo })}
              problems={problemsAt(optionScope, "goTo")}
              testId="choice-option-goto"
            />
            <TagsField
              label={t("botNode.addTags")}
              value={option.addTags}
              onChange={(addTags) => update({ ...option, addTags })}
              problems={problemsAt(optionScope, "addTags")}
              testId="choice-option-add-tags"
              placeholder="vip, booked"
            />
            <TagsField
              label={t("botNode.removeTags")}
              value={option.removeTags}
              onChange={(removeTags) => update({ ...option, removeTags })}
              problems={problemsAt(optionScope, "removeTags")}
              testId="choice-option-remove-tags"
            />
          </div>
        )}
      />
      <TextField
        label={t("botNode.saveChoiceIn")}
        hint={t("botNode.saveChoiceHint")}
        value={node.attribute ?? ""}
        mono
        onChange={(attribute) => onChange({ ...node, attribute: optionalText(attribute) })}
        problems={problemsAt(scope, "attribute")}
        testId="choice-attribute"
      />
      <RetryFields
        value={node}
        onChange={(retry) => onChange({ ...node, ...retry })}
        scope={scope}
        giveUpNoneLabel={t("botNode.keepAsking")}
      />
    </>
  );
}
