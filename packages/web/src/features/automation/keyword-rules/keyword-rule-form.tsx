/** Creates or edits a keyword rule; every problem the server names is shown next to its field. */
import { useMemo, useState, type FormEvent } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import type { KeywordRule } from "../../../api/automation-types";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { placeProblems, saveProblemOf, type SaveProblem } from "../form-problems";
import { problemAria } from "../problem-aria";
import { AutoReplyFields } from "../replies/auto-reply-fields";
import type { PublishedBotModules } from "../replies/use-bot-modules";
import { SaveProblemBanner } from "../save-problem-banner";
import {
  keywordRuleDraftOf,
  keywordRuleFieldOf,
  keywordRuleRequestOf,
  newKeywordRuleDraft,
  type KeywordRuleDraft,
  type KeywordRuleField,
} from "./keyword-rule-draft";
import { KeywordRows } from "./keyword-rows";

interface KeywordRuleFormProps {
  accountId: string;
  /** The rule to edit; a new one when absent. */
  rule?: KeywordRule;
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
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  const placed = useMemo(() => {
    const rows = draft.keywords.length;
    const visible = (field: KeywordRuleField) => {
      const row = /^keyword\.(\d+)$/.exec(field);
      if (row) return Number(row[1]) < rows;
      if (field === "reply.text") return draft.reply.kind === "text";
      if (field === "reply.moduleId") return draft.reply.kind === "module";
      return field !== "enabled";
    };
    return placeProblems(problem?.problems ?? [], keywordRuleFieldOf, visible);
  }, [problem, draft.keywords.length, draft.reply.kind]);
  const problems = (field: KeywordRuleField | "general") => placed.get(field);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      const request = keywordRuleRequestOf(draft);
      onSaved(
        rule
          ? await api.updateKeywordRule(rule.id, request)
          : await api.createKeywordRule(accountId, request),
      );
    } catch (error) {
      setProblem(saveProblemOf(error));
    } finally {
      setSaving(false);
    }
  }

  const titleId = rule ? `keyword-rule-form-title-${rule.id}` : "keyword-rule-form-title";
  return (
    <form
      noValidate
      className="card automation-form"
      onSubmit={submit}
      aria-labelledby={titleId}
      data-testid="keyword-rule-form"
    >
      <h2 id={titleId}>{rule ? t("automation.editRule") : t("automation.newRule")}</h2>
      <div className="automation-form__row">
        <div className="field field--grow">
          <label className="field__label" htmlFor="keyword-rule-name">
            {t("automation.ruleName")}
          </label>
          <input
            id="keyword-rule-name"
            data-testid="keyword-rule-name"
            autoComplete="off"
            value={draft.name}
            placeholder={t("automation.ruleNamePlaceholder")}
            {...problemAria(problems("name"), "keyword-rule-name")}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          />
          <FieldViolations id="keyword-rule-name-problems" problems={problems("name")} />
        </div>
        <div className="field field--narrow">
          <label className="field__label" htmlFor="keyword-rule-priority">
            {t("automation.priority")}
          </label>
          <input
            id="keyword-rule-priority"
            data-testid="keyword-rule-priority"
            type="number"
            step={1}
            value={draft.priority}
            {...problemAria(problems("priority"), "keyword-rule-priority")}
            onChange={(event) => setDraft({ ...draft, priority: event.target.value })}
          />
          <FieldViolations id="keyword-rule-priority-problems" problems={problems("priority")} />
        </div>
      </div>
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
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="keyword-rule-enabled"
          checked={draft.enabled}
          onChange={(event) => setDraft({ ...draft, enabled: event.target.checked })}
        />
        {t("automation.enabled")}
      </label>
      <FieldViolations problems={problems("general")} />
      {problem && <SaveProblemBanner problem={problem} />}
      <div className="form-actions">
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t("automation.cancel")}
        </button>
        <button
          type="submit"
          className="button button--primary"
          data-testid="keyword-rule-save"
          disabled={saving}
        >
          {saving ? t("automation.saving") : t("automation.save")}
        </button>
      </div>
    </form>
  );
}
