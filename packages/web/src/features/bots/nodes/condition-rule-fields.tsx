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
  const at = (path: string) => problemsAt(scope, path);
  const typeField = (
    <SelectField
      label={t("botNode.ruleType")}
      value={rule.type}
      options={ruleTypes.map((type) => ({ value: type, label: t(ruleTypeKeys[type]) }))}
      onChange={(type) => onChange(type === rule.type ? rule : newRule(type))}
      problems={at("type")}
      testId="condition-rule-type"
    />
  );
  switch (rule.type) {
    case "tag":
      return (
        <div className="fields-row">
          {typeField}
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
            className="fields-row__grow"
            label={t("botNode.tag")}
            value={rule.tag}
            onChange={(tag) => onChange({ ...rule, tag })}
            problems={at("tag")}
            testId="condition-rule-tag"
          />
        </div>
      );
    case "attribute":
      return (
        <div className="fields-row">
          {typeField}
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
              className="fields-row__grow"
              label={t("botNode.value")}
              value={rule.value}
              onChange={(value) => onChange({ ...rule, value })}
              problems={at("value")}
              testId="condition-rule-value"
            />
          )}
        </div>
      );
    case "channel":
      return (
        <div className="fields-row">
          {typeField}
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
        </div>
      );
    case "time_of_day":
      return (
        <div className="fields-row">
          {typeField}
          <TextField
            label={t("botNode.from")}
            value={rule.from}
            placeholder="09:00"
            onChange={(from) => onChange({ ...rule, from })}
            problems={at("from")}
          />
          <TextField
            label={t("botNode.to")}
            value={rule.to}
            placeholder="18:00"
            onChange={(to) => onChange({ ...rule, to })}
            problems={at("to")}
          />
          <TextField
            className="fields-row__grow"
            label={t("botNode.timeZone")}
            value={rule.timeZone}
            placeholder="Asia/Taipei"
            onChange={(timeZone) => onChange({ ...rule, timeZone })}
            problems={at("timeZone")}
          />
        </div>
      );
    case "weekday":
      return (
        <div className="fields-row">
          {typeField}
          <CheckList
            legend={t("botNode.weekdays")}
            values={weekdays}
            chosen={rule.days}
            labelOf={(day) => t(`botNode.day_${day}`)}
            onToggle={(day, on) => onChange({ ...rule, days: toggled(rule.days, day, on, weekdays) })}
            problems={at("days")}
            testId="condition-rule-day"
          />
          <TextField
            className="fields-row__grow"
            label={t("botNode.timeZone")}
            value={rule.timeZone}
            placeholder="Asia/Taipei"
            onChange={(timeZone) => onChange({ ...rule, timeZone })}
            problems={at("timeZone")}
          />
        </div>
      );
  }
}
