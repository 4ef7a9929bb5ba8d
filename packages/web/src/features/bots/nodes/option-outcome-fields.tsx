/** What tapping an option (a choice's option, a carousel's reply button) does: go to a module, add or remove tags. */
import { useI18n } from "../../../i18n/i18n-context";
import { ModulePicker } from "../fields/module-picker";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { TagsField } from "../fields/tags-field";

export interface OptionOutcome {
  goTo?: string | undefined;
  addTags: string[];
  removeTags: string[];
}

interface OptionOutcomeFieldsProps<T extends OptionOutcome> {
  value: T;
  /** Its type is read from `value` alone, so a wider update (of any button) fits. */
  onChange(value: NoInfer<T>): void;
  /** The option's own problems (`goTo`, `addTags`…). */
  scope: ProblemScope;
  /** Test ids read `<prefix>-goto`, `<prefix>-add-tags`, `<prefix>-remove-tags`. */
  testIdPrefix: string;
  addTagsPlaceholder?: string;
}

export function OptionOutcomeFields<T extends OptionOutcome>(props: OptionOutcomeFieldsProps<T>) {
  const { value, onChange, scope, testIdPrefix, addTagsPlaceholder } = props;
  const { t } = useI18n();
  return (
    <div className="option-row__extras">
      <ModulePicker
        label={t("botNode.optionGoTo")}
        value={value.goTo}
        noneLabel={t("botNode.nextNode")}
        onChange={(goTo) => onChange({ ...value, goTo })}
        problems={problemsAt(scope, "goTo")}
        testId={`${testIdPrefix}-goto`}
      />
      <TagsField
        label={t("botNode.addTags")}
        value={value.addTags}
        onChange={(addTags) => onChange({ ...value, addTags })}
        problems={problemsAt(scope, "addTags")}
        testId={`${testIdPrefix}-add-tags`}
        placeholder={addTagsPlaceholder}
      />
      <TagsField
        label={t("botNode.removeTags")}
        value={value.removeTags}
        onChange={(removeTags) => onChange({ ...value, removeTags })}
        problems={problemsAt(scope, "removeTags")}
        testId={`${testIdPrefix}-remove-tags`}
      />
    </div>
  );
}
