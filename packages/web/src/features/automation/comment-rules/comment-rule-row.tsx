/** One comment rule in the list: where and what it answers, its replies, module and tags, and an on/off switch. */
import type { CommentRule } from "../../../api/comment-rules-api";
import { useI18n } from "../../../i18n/i18n-context";
import { KeywordChips } from "../keyword-rules/keyword-chips";
import { RuleRowFrame, type RuleRowProps } from "../rule-row-frame";

export function CommentRuleRow({ rule, ...actions }: RuleRowProps<CommentRule>) {
  const { t } = useI18n();
  const reply = rule.privateReply;
  return (
    <RuleRowFrame
      testIdPrefix="comment-rule"
      rule={rule}
      headerNotes={
        <span className="muted">
          {rule.postId === null
            ? t("commentRules.allPosts")
            : t("commentRules.onPost", { post: rule.postId })}
        </span>
      }
      switchLabel={t("commentRules.enableRule", { name: rule.name })}
      {...actions}
    >
      {rule.keywords.length === 0 ? (
        <p className="muted">{t("commentRules.everyComment")}</p>
      ) : (
        <KeywordChips keywords={rule.keywords} />
      )}
      {rule.publicReply !== null && (
        <p className="automation-item__reply">
          {t("commentRules.repliesPublicly", { text: rule.publicReply })}
        </p>
      )}
      {reply !== null && (
        <p className="automation-item__reply">
          {reply.kind === "text"
            ? t("commentRules.repliesPrivately", { text: reply.text })
            : t("commentRules.privateNotText", { kind: reply.kind })}
        </p>
      )}
      {rule.moduleId !== null && (
        <p className="automation-item__reply">{t("commentRules.opensModule", { module: rule.moduleId })}</p>
      )}
      {rule.tags.length > 0 && (
        <p className="muted">{t("commentRules.tagsValue", { tags: rule.tags.join(", ") })}</p>
      )}
    </RuleRowFrame>
  );
}
