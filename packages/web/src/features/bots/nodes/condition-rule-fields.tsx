/** One test of a condition: its type, then that type's fields. */
import type { ConditionRule } from "../../../api/bots-api";
import type { ChannelKind } from "../../../api/types";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import { CheckList } from "./check-list";
import { attributeOperators, newRule, ruleTypes, toggled, weekdays, type RuleType } from "./condition-rules";

const ruleTypeKeys: Record<RuleType, MessageKey> = {
  tag: "botNode.ruleTag",
  attribute: "botNode.ruleAttribute",
  channel: "botNode.ruleChannel",
  time_of_day: "botNode.ruleTimeOfDay",
  weekday: "botNode.ruleWeekday",
};

const channels: readonly ChannelKind[] = ["whatsapp", "messenger", "instagram", "line", "webchat"];

interface ConditionRuleFieldsProps {
  rule: ConditionRule;
  onChange(rule: ConditionRule): void;
  /** Problems inside this rule. */
  scope: ProblemScope;
}

export function ConditionRuleFields({ rule, onChange, scope }: ConditionRuleFieldsProps) {
  const { t } = useI18n();
  return (
    <div className="fields-row">
      <SelectField
        label={t("botNode.ruleType")}
        value={rule.type}
        options={ruleTypes.map((type) => ({ value: type, label: t(ruleTypeKeys[type]) }))}
        onChange={(type) => onChange(type === rule.type ? rule : newRule(type))}
        problems={problemsAt(scope, "type")}
        testId="condition-rule-type"
      />
      <RuleTypeFields rule={rule} onChange={onChange} scope={scope} />
    </div>
  );
}

/** The fields after the type, for the rule's own type. */
function RuleTypeFields({ rule, onChange, scope }: ConditionRuleFieldsProps) {
  const { t } = useI18n();
  const at = (path: string) => problemsAt(scope, path);
  /** The last field of a rule, widened to take the rest of the row. */
  const grow = "fields-row__grow";
  switch (rule.type) {
    case "tag":
      return (
        <>
          <SelectField
            label={t("botNode.operator")}
            value={rule.operator}
            options={[
              { value: "has", label: t("botNode.tagHas") },
              { value: "lacks", label: t("botNode.tagLacks") },
            ]}
            onChange={(operator) => onChange({ ...rule, operator })}
            problems={at("operator")}
          />
          <TextField
            className={grow}
            label={t("botNode.tag")}
            value={rule.tag}
            onChange={(tag) => onChange({ ...rule, tag })}
            problems={at("tag")}
            testId="condition-rule-tag"
          />
        </>
      );
    case "attribute":
      return (
        <>
          <TextField
            label={t("botNode.attribute")}
            value={rule.attribute}
            mono
            onChange={(attribute) => onChange({ ...rule, attribute })}
            problems={at("attribute")}
            testId="condition-rule-attribute"
          />
          <SelectField
            label={t("botNode.operator")}
            value={rule.operator}
            options={attributeOperators.map((operator) => ({
              value: operator,
              label: t(`botNode.op_${operator}`),
            }))}
            onChange={(operator) => onChange({ ...rule, operator })}
            problems={at("operator")}
          />
          {rule.operator !== "exists" && rule.operator !== "not_exists" && (
            <TextField
              className={grow}
              label={t("botNode.value")}
              value={rule.value}
              onChange={(value) => onChange({ ...rule, value })}
              problems={at("value")}
              testId="condition-rule-value"
            />
          )}
        </>
      );
    case "channel":
      return (
        <CheckList
          legend={t("botNode.channels")}
          values={channels}
          chosen={channels.filter((channel) => rule.channels.includes(channel))}
          labelOf={(channel) => t(`channel.${channel}`)}
          onToggle={(channel, on) =>
            onChange({ ...rule, channels: toggled(rule.channels, channel, on, channels) })
          }
          problems={at("channels")}
          testId="condition-rule-channel"
        />
      );
    case "time_of_day":
    case "weekday": {
      const timeZone = (
        <TextField
          className={grow}
          label={t("botNode.timeZone")}
          value={rule.timeZone}
          placeholder="Asia/Taipei"
          onChange={(zone) => onChange({ ...rule, timeZone: zone })}
          problems={at("timeZone")}
        />
      );
      if (rule.type === "weekday") {
        return (
          <>
            <CheckList
              legend={t("botNode.weekdays")}
              values={weekdays}
              chosen={rule.days}
              labelOf={(day) => t(`botNode.day_${day}`)}
              onToggle={(day, on) => onChange({ ...rule, days: toggled(rule.days, day, on, weekdays) })}
              problems={at("days")}
              testId="condition-rule-day"
            />
            {timeZone}
          </>
        );
      }
      const clock = (key: "from" | "to", placeholder: string) => (
        <TextField
          label={t(key === "from" ? "botNode.from" : "botNode.to")}
          value={rule[key]}
          placeholder={placeholder}
          onChange={(time) => onChange({ ...rule, [key]: time })}
          problems={at(key)}
        />
      );
      return (
        <>
          {clock("from", "09:00")}
          {clock("to", "18:00")}
          {timeZone}
        </>
      );
    }
  }
}
