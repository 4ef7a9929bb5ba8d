/** Comment replies of a Facebook Page or Instagram account: the rules (tried in priority order) and recent comments. */
import { useCallback, useEffect, useState } from "react";
import { useApi } from "../../../api/api-context";
import { useCommentRulesApi, type CommentRule } from "../../../api/comment-rules-api";
import { errorText } from "../../../api/error-text";
import { useI18n } from "../../../i18n/i18n-context";
import { EditableListTab } from "../editable-list-tab";
import type { PublishedBotModules } from "../replies/use-bot-modules";
import { useAccountList } from "../use-account-list";
import { CommentRuleForm } from "./comment-rule-form";
import { CommentRuleRow } from "./comment-rule-row";
import { HandledComments } from "./handled-comments";
import { sortCommentRules } from "./sort-comment-rules";

interface CommentRulesTabProps {
  accountId: string;
  bot: PublishedBotModules;
}

const placeRule = (rules: readonly CommentRule[], rule: CommentRule) =>
  sortCommentRules([...rules.filter((r) => r.id !== rule.id), rule]);

export function CommentRulesTab({ accountId, bot }: CommentRulesTabProps) {
  const client = useApi();
  const api = useCommentRulesApi();
  const { t } = useI18n();
  const [channel, setChannel] = useState<string | null>(null);
  const list = useAccountList(
    useCallback(
      async (signal?: AbortSignal) => sortCommentRules(await api.listCommentRules(accountId, signal)),
      [api, accountId],
    ),
    placeRule,
  );
  const [toggling, setToggling] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    client.listChannelAccounts(controller.signal).then(
      (accounts) => setChannel(accounts.find((account) => account.id === accountId)?.channel ?? null),
      () => undefined,
    );
    return () => controller.abort();
  }, [client, accountId]);

  async function toggle(rule: CommentRule, enabled: boolean) {
    setToggling(rule.id);
    try {
      list.put(await api.updateCommentRule(rule.id, { enabled }));
      list.setFailure(null);
    } catch (cause) {
      list.setFailure({ key: "automation.saveFailed", reason: errorText(cause) });
    } finally {
      setToggling(null);
    }
  }

  if (channel !== null && channel !== "messenger" && channel !== "instagram")
    return (
      <p className="empty-state" data-testid="comment-rules-not-supported">
        {t("commentRules.notSupported")}
      </p>
    );
  return (
    <>
      <EditableListTab
        titleId="comment-rules-title"
        title="commentRules.tab"
        intro="commentRules.intro"
        create={{ label: "commentRules.new", testId: "comment-rule-create" }}
        empty="commentRules.empty"
        list={list}
        ordered
        listTestId="comment-rule-list"
        renderForm={(rule, callbacks) => (
          <CommentRuleForm accountId={accountId} rule={rule} bot={bot} {...callbacks} />
        )}
        renderItem={(rule, onEdit) => (
          <CommentRuleRow
            rule={rule}
            toggling={toggling === rule.id}
            onToggle={(enabled) => void toggle(rule, enabled)}
            onEdit={onEdit}
            onDelete={() => list.remove(rule, api.deleteCommentRule)}
          />
        )}
      />
      <HandledComments accountId={accountId} />
    </>
  );
}
