/** The keyword rules of a channel account, tried in priority order: list, switch on/off, create, edit, delete. */
import { useCallback, useEffect, useState } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import type { KeywordRule } from "../../../api/automation-types";
import { errorText, isAbort } from "../../../api/error-text";
import { useI18n } from "../../../i18n/i18n-context";
import { FailureBanner, type Failure } from "../failure-banner";
import type { PublishedBotModules } from "../replies/use-bot-modules";
import { KeywordRuleForm } from "./keyword-rule-form";
import { KeywordRuleRow } from "./keyword-rule-row";
import { sortKeywordRules } from "./sort-keyword-rules";

interface KeywordRulesTabProps {
  accountId: string;
  bot: PublishedBotModules;
}

export function KeywordRulesTab({ accountId, bot }: KeywordRulesTabProps) {
  const api = useAutomationApi();
  const { t } = useI18n();
  const [rules, setRules] = useState<KeywordRule[] | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  /** `new`, the id of the rule being edited, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [toggling, setToggling] = useState<string | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setRules(sortKeywordRules(await api.listKeywordRules(accountId, signal)));
        setError(null);
      } catch (cause) {
        if (!isAbort(cause, signal)) setError({ key: "automation.loadFailed", reason: errorText(cause) });
      }
    },
    [api, accountId],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  function replace(rule: KeywordRule) {
    setRules((previous) => sortKeywordRules([...(previous ?? []).filter((r) => r.id !== rule.id), rule]));
  }

  async function toggle(rule: KeywordRule, enabled: boolean) {
    setToggling(rule.id);
    try {
      replace(await api.updateKeywordRule(rule.id, { enabled }));
      setError(null);
    } catch (cause) {
      setError({ key: "automation.saveFailed", reason: errorText(cause) });
    } finally {
      setToggling(null);
    }
  }

  async function remove(rule: KeywordRule) {
    try {
      await api.deleteKeywordRule(rule.id);
      setRules((previous) => (previous ?? []).filter((r) => r.id !== rule.id));
      setError(null);
    } catch (cause) {
      setError({ key: "automation.deleteFailed", reason: errorText(cause) });
    }
  }

  function onSaved(rule: KeywordRule) {
    setEditing(null);
    replace(rule);
  }

  return (
    <section className="automation-section" aria-labelledby="keyword-rules-title">
      <div className="automation-section__header">
        <div>
          <h2 id="keyword-rules-title">{t("automation.tabKeywords")}</h2>
          <p className="field__hint">{t("automation.keywordsIntro")}</p>
        </div>
        {editing !== "new" && (
          <button
            type="button"
            className="button button--primary"
            data-testid="keyword-rule-create"
            onClick={() => setEditing("new")}
          >
            + {t("automation.newRule")}
          </button>
        )}
      </div>
      <FailureBanner failure={error} />
      {editing === "new" && (
        <KeywordRuleForm
          accountId={accountId}
          bot={bot}
          onSaved={onSaved}
          onCancel={() => setEditing(null)}
        />
      )}
      {rules === null && !error && <p className="empty-state">{t("automation.loading")}</p>}
      {rules !== null && rules.length === 0 && editing !== "new" && (
        <p className="empty-state">{t("automation.noRules")}</p>
      )}
      {rules !== null && rules.length > 0 && (
        <ol className="automation-list" data-testid="keyword-rule-list">
          {rules.map((rule) =>
            editing === rule.id ? (
              <li key={rule.id}>
                <KeywordRuleForm
                  accountId={accountId}
                  rule={rule}
                  bot={bot}
                  onSaved={onSaved}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <KeywordRuleRow
                key={rule.id}
                rule={rule}
                toggling={toggling === rule.id}
                onToggle={(enabled) => void toggle(rule, enabled)}
                onEdit={() => setEditing(rule.id)}
                onDelete={() => remove(rule)}
              />
            ),
          )}
        </ol>
      )}
    </section>
  );
}
