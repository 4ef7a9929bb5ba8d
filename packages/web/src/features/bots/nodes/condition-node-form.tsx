/** Tests the contact (tags, attributes, channel, time) and goes to one module or another. */
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { ModulePicker } from "../fields/module-picker";
import { problemsAt, within } from "../fields/problem-scope";
import { SelectField } from "../fields/select-field";
import { ConditionRuleFields } from "./condition-rule-fields";
import { newRule } from "./condition-rules";
import type { NodeFormProps } from "./node-form";

export function ConditionNodeForm({ node, onChange, scope }: NodeFormProps<"condition">) {
  const { t } = useI18n();
  return (
    <>
      <SelectField
        label={t("botNode.match")}
        value={node.match}
        options={[
          { value: "all", label: t("botNode.matchAll") },
          { value: "any", label: t("botNode.matchAny") },
        ]}
        onChange={(match) => onChange({ ...node, match })}
        problems={problemsAt(scope, "match")}
        testId="condition-match"
      />
      <fieldset className="subform">
        <legend>{t("botNode.rules")}</legend>
        <FieldViolations problems={problemsAt(scope, "rules")} />
        <ol className="rule-rows">
          {node.rules.map((rule, index) => (
            <li key={index} className="rule-row" data-testid="condition-rule">
              <FieldViolations problems={problemsAt(scope, `rules[${index}]`)} />
              <ConditionRuleFields
                rule={rule}
                scope={within(scope, `rules[${index}]`)}
                onChange={(next) =>
                  onChange({
                    ...node,
                    rules: node.rules.map((current, at) => (at === index ? next : current)),
                  })
                }
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t("botNode.removeRule", { n: index + 1 })}
                disabled={node.rules.length <= 1}
                onClick={() => onChange({ ...node, rules: node.rules.filter((_, at) => at !== index) })}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--ghost button--compact"
          data-testid="condition-rule-add"
          onClick={() => onChange({ ...node, rules: [...node.rules, newRule("tag")] })}
        >
          + {t("botNode.addRule")}
        </button>
      </fieldset>
      <div className="fields-row">
        <ModulePicker
          className="fields-row__grow"
          label={t("botNode.then")}
          value={node.then}
          noneLabel={t("botNode.nextNode")}
          onChange={(then) => onChange({ ...node, then })}
          problems={problemsAt(scope, "then")}
          testId="condition-then"
        />
        <ModulePicker
          className="fields-row__grow"
          label={t("botNode.else")}
          value={node.else}
          noneLabel={t("botNode.nextNode")}
          onChange={(otherwise) => onChange({ ...node, else: otherwise })}
          problems={problemsAt(scope, "else")}
          testId="condition-else"
        />
      </div>
    </>
  );
}
