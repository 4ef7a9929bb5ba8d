/** Creates or edits a keyword rule; every problem the server names is shown next to its field. */
import { useMemo, useState } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import type { KeywordRule } from "../../../api/automation-types";
import { useI18n } from "../../../i18n/i18n-context";
import { AutomationForm } from "../automation-form";
import { CheckboxField } from "../checkbox-field";
import { placeProblems } from "../form-problems";
import { AutoReplyFields } from "../replies/auto-reply-fields";
import type { PublishedBotModules } from "../replies/use-bot-modules";
import { RuleNamePriorityFields } from "../rule-name-priority-fields";
import { useFormSave } from "../use-form-save";
import {
  keywordRuleDraftOf,
  keywordRuleFieldOf,
  keywordRuleRequestOf,
  keywordRowShown,
  newKeywordRuleDraft,
  type KeywordRuleDraft,
  type KeywordRuleField,
} from "./keyword-rule-draft";
import { KeywordRows } from "./keyword-rows";

interface KeywordRuleFormProps {
  accountId: string;
  /** The rule to edit; a new one when absent. */
  rule?: KeywordRule | undefined;
  bot: PublishedBotModules;
  onSaved(rule: KeywordRule): void;
  onCancel(): void;
}

export function KeywordRuleForm({ accountId, rule, bot, onSaved, onCancel }: KeywordRuleFormProps) {
  const api = useAutomationApi();
  const { t } = useI18n();
  const [draft, setDraft] = useState<KeywordRuleDraft>(() =>
    rule ? keywordRuleDraftOf(rule) : newKeywordRuleDraft(),
  );
  const { saving, problem, submit } = useFormSave();

  const placed = useMemo(() => {
    const rows = draft.keywords.length;
    const visible = (field: KeywordRuleField) => {
      const row = keywordRowShown(field, rows);
      if (row !== undefined) return row;
      if (field === "reply.text") return draft.reply.kind === "text";
      if (field === "reply.moduleId") return draft.reply.kind === "module";
      return field !== "enabled";
    };
    return placeProblems(problem?.problems ?? [], keywordRuleFieldOf, visible);
  }, [problem, draft.keywords.length, draft.reply.kind]);
  const problems = (field: KeywordRuleField | "general") => placed.get(field);

  const save = () => {
    const request = keywordRuleRequestOf(draft);
    return rule ? api.updateKeywordRule(rule.id, request) : api.createKeywordRule(accountId, request);
  };

  const titleId = rule ? `keyword-rule-form-title-${rule.id}` : "keyword-rule-form-title";
  return (
    <AutomationForm
      labelledBy={titleId}
      testId="keyword-rule-form"
      onSubmit={(event) => void submit(event, save, onSaved)}
      general={problems("general")}
      problem={problem}
      actions={{ saveTestId: "keyword-rule-save", saving, onCancel }}
    >
      <h2 id={titleId}>{rule ? t("automation.editRule") : t("automation.newRule")}</h2>
      <RuleNamePriorityFields
        idPrefix="keyword-rule"
        nameLabel={t("automation.ruleName")}
        namePlaceholder={t("automation.ruleNamePlaceholder")}
        name={draft.name}
        priority={draft.priority}
        problems={problems}
        onChange={(patch) => setDraft({ ...draft, ...patch })}
      />
      <span className="field__hint">{t("automation.priorityHint")}</span>
      <KeywordRows
        keywords={draft.keywords}
        problems={problems}
        onChange={(keywords) => setDraft({ ...draft, keywords })}
      />
      <AutoReplyFields
        idPrefix="keyword-rule"
        draft={draft.reply}
        allowNone={false}
        bot={bot}
        problems={problems}
        onChange={(reply) => setDraft({ ...draft, reply })}
      />
      <CheckboxField
        testId="keyword-rule-enabled"
        label={t("automation.enabled")}
        checked={draft.enabled}
        onChange={(enabled) => setDraft({ ...draft, enabled })}
      />
    </AutomationForm>
  );
}
