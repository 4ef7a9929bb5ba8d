/** The name and priority of a rule, side by side, each with its problems; ids read `<prefix>-name` and `<prefix>-priority`. */
import type { LimitViolation } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { LabelledField } from "./labelled-field";

interface RuleNamePriorityFieldsProps {
  /** `keyword-rule`, `comment-rule`… */
  idPrefix: string;
  nameLabel: string;
  namePlaceholder: string;
  name: string;
  /** As typed in the number input. */
  priority: string;
  problems: (field: "name" | "priority") => LimitViolation[] | undefined;
  onChange(patch: { name: string } | { priority: string }): void;
}

export function RuleNamePriorityFields(props: RuleNamePriorityFieldsProps) {
  const { idPrefix, nameLabel, namePlaceholder, name, priority, problems, onChange } = props;
  const { t } = useI18n();
  return (
    <div className="automation-form__row">
      <LabelledField
        id={`${idPrefix}-name`}
        className="field--grow"
        label={nameLabel}
        problems={problems("name")}
      >
        {(control) => (
          <input
            {...control}
            autoComplete="off"
            value={name}
            placeholder={namePlaceholder}
            onChange={(event) => onChange({ name: event.target.value })}
          />
        )}
      </LabelledField>
      <LabelledField
        id={`${idPrefix}-priority`}
        className="field--narrow"
        label={t("automation.priority")}
        problems={problems("priority")}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            step={1}
            value={priority}
            onChange={(event) => onChange({ priority: event.target.value })}
          />
        )}
      </LabelledField>
    </div>
  );
}
