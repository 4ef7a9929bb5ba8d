/** The keyword rules of a channel account, tried in priority order: list, switch on/off, create, edit, delete. */
import { useCallback, useState } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import type { KeywordRule } from "../../../api/automation-types";
import { errorText } from "../../../api/error-text";
import { EditableListTab } from "../editable-list-tab";
import type { PublishedBotModules } from "../replies/use-bot-modules";
import { useAccountList } from "../use-account-list";
import { KeywordRuleForm } from "./keyword-rule-form";
import { KeywordRuleRow } from "./keyword-rule-row";
import { sortKeywordRules } from "./sort-keyword-rules";

interface KeywordRulesTabProps {
  accountId: string;
  bot: PublishedBotModules;
}

/** A saved or toggled rule goes where the sort puts it. */
const placeRule = (rules: readonly KeywordRule[], rule: KeywordRule) =>
  sortKeywordRules([...rules.filter((r) => r.id !== rule.id), rule]);

export function KeywordRulesTab({ accountId, bot }: KeywordRulesTabProps) {
  const api = useAutomationApi();
  const list = useAccountList(
    useCallback(
      async (signal?: AbortSignal) => sortKeywordRules(await api.listKeywordRules(accountId, signal)),
      [api, accountId],
    ),
    placeRule,
  );
  const [toggling, setToggling] = useState<string | null>(null);

  async function toggle(rule: KeywordRule, enabled: boolean) {
    setToggling(rule.id);
    try {
      list.put(await api.updateKeywordRule(rule.id, { enabled }));
      list.setFailure(null);
    } catch (cause) {
      list.setFailure({ key: "automation.saveFailed", reason: errorText(cause) });
    } finally {
      setToggling(null);
    }
  }

  return (
    <EditableListTab
      titleId="keyword-rules-title"
      title="automation.tabKeywords"
      intro="automation.keywordsIntro"
      create={{ label: "automation.newRule", testId: "keyword-rule-create" }}
      empty="automation.noRules"
      list={list}
      ordered
      listTestId="keyword-rule-list"
      renderForm={(rule, callbacks) => (
        <KeywordRuleForm accountId={accountId} rule={rule} bot={bot} {...callbacks} />
      )}
      renderItem={(rule, onEdit) => (
        <KeywordRuleRow
          rule={rule}
          toggling={toggling === rule.id}
          onToggle={(enabled) => void toggle(rule, enabled)}
          onEdit={onEdit}
          onDelete={() => list.remove(rule, api.deleteKeywordRule)}
        />
      )}
    />
  );
}
