/** Creates or edits a comment rule; every problem the server names is shown next to its field. */
import { useMemo, useState } from "react";
import { useCommentRulesApi, type CommentRule } from "../../../api/comment-rules-api";
import { useI18n } from "../../../i18n/i18n-context";
import { AutomationForm } from "../automation-form";
import { CheckboxField } from "../checkbox-field";
import { placeProblems } from "../form-problems";
import { KeywordRows } from "../keyword-rules/keyword-rows";
import { keywordRowShown, type KeywordRuleField } from "../keyword-rules/keyword-rule-draft";
import { LabelledField } from "../labelled-field";
import { ModuleIdInput } from "../replies/module-id-input";
import type { PublishedBotModules } from "../replies/use-bot-modules";
import { RuleNamePriorityFields } from "../rule-name-priority-fields";
import { useFormSave } from "../use-form-save";
import {
  commentRuleDraftOf,
  commentRuleFieldOf,
  commentRuleRequestOf,
  newCommentRuleDraft,
  type CommentRuleDraft,
  type CommentRuleField,
} from "./comment-rule-draft";

interface CommentRuleFormProps {
  accountId: string;
  /** The rule to edit; a new one when absent. */
  rule?: CommentRule | undefined;
  bot: PublishedBotModules;
  onSaved(rule: CommentRule): void;
  onCancel(): void;
}

const isKeywordField = (field: KeywordRuleField): field is "keywords" | `keyword.${number}` =>
  field === "keywords" || field.startsWith("keyword.");

export function CommentRuleForm({ accountId, rule, bot, onSaved, onCancel }: CommentRuleFormProps) {
  const api = useCommentRulesApi();
  const { t } = useI18n();
  const [draft, setDraft] = useState<CommentRuleDraft>(() =>
    rule ? commentRuleDraftOf(rule) : newCommentRuleDraft(),
  );
  const { saving, problem, submit } = useFormSave();
  const rows = draft.keywords.length;
  const placed = useMemo(() => {
    const visible = (field: CommentRuleField) => keywordRowShown(field, rows) ?? field !== "enabled";
    return placeProblems(problem?.problems ?? [], commentRuleFieldOf, visible);
  }, [problem, rows]);
  const problems = (field: CommentRuleField | "general") => placed.get(field);
  const change = (patch: Partial<CommentRuleDraft>) => setDraft({ ...draft, ...patch });

  const save = () => {
    const request = commentRuleRequestOf(draft);
    return rule ? api.updateCommentRule(rule.id, request) : api.createCommentRule(accountId, request);
  };

  const titleId = rule ? `comment-rule-form-title-${rule.id}` : "comment-rule-form-title";
  return (
    <AutomationForm
      labelledBy={titleId}
      testId="comment-rule-form"
      onSubmit={(event) => void submit(event, save, onSaved)}
      general={problems("general")}
      problem={problem}
      actions={{ saveTestId: "comment-rule-save", saving, onCancel }}
    >
      <h2 id={titleId}>{rule ? t("commentRules.edit") : t("commentRules.new")}</h2>
      <RuleNamePriorityFields
        idPrefix="comment-rule"
        nameLabel={t("commentRules.name")}
        namePlaceholder={t("commentRules.namePlaceholder")}
        name={draft.name}
        priority={draft.priority}
        problems={problems}
        onChange={change}
      />
      <LabelledField
        id="comment-rule-post"
        label={t("commentRules.postId")}
        hint={t("commentRules.postIdHint")}
        problems={problems("postId")}
      >
        {(control) => (
          <input
            {...control}
            autoComplete="off"
            value={draft.postId}
            onChange={(event) => change({ postId: event.target.value })}
          />
        )}
      </LabelledField>
      <KeywordRows
        keywords={draft.keywords}
        problems={(field) => (isKeywordField(field) ? placed.get(field) : undefined)}
        onChange={(keywords) => change({ keywords })}
      />
      <span className="field__hint">{t("commentRules.keywordsHint")}</span>
      <LabelledField
        id="comment-rule-public"
        label={t("commentRules.publicReply")}
        hint={t("commentRules.publicReplyHint")}
        problems={problems("publicReply")}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={draft.publicReply}
            onChange={(event) => change({ publicReply: event.target.value })}
          />
        )}
      </LabelledField>
      <LabelledField
        id="comment-rule-private"
        label={t("commentRules.privateReply")}
        hint={
          draft.otherPrivateReply === null
            ? t("commentRules.privateReplyHint")
            : t("commentRules.privateReplyKept")
        }
        problems={problems("privateReply")}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={draft.privateReplyText}
            onChange={(event) => change({ privateReplyText: event.target.value })}
          />
        )}
      </LabelledField>
      <ModuleIdInput
        id="comment-rule-module"
        value={draft.moduleId}
        bot={bot}
        problems={problems("moduleId")}
        onChange={(moduleId) => change({ moduleId })}
      />
      <span className="field__hint">{t("commentRules.moduleHint")}</span>
      <LabelledField
        id="comment-rule-tags"
        label={t("commentRules.tags")}
        hint={t("commentRules.tagsHint")}
        problems={problems("tags")}
      >
        {(control) => (
          <input
            {...control}
            autoComplete="off"
            value={draft.tags}
            onChange={(event) => change({ tags: event.target.value })}
          />
        )}
      </LabelledField>
      <CheckboxField
        testId="comment-rule-enabled"
        label={t("automation.enabled")}
        checked={draft.enabled}
        onChange={(enabled) => change({ enabled })}
      />
    </AutomationForm>
  );
}
