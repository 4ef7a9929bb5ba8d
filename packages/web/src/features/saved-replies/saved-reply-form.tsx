/** Creates or edits a saved reply: title, shortcut, any neutral message, tags; problems next to their fields. */
import { useMemo, useState, type FormEvent } from "react";
import { useApi } from "../../api/api-context";
import {
  createSavedReply,
  updateSavedReply,
  type ListedSavedReply,
  type SavedReply,
} from "../../api/saved-replies-api";
import { useI18n } from "../../i18n/i18n-context";
import { saveProblemOf, type SaveProblem } from "../automation/form-problems";
import { SaveProblemBanner } from "../automation/save-problem-banner";
import { TextField } from "../bots/fields/text-field";
import { MessageEditor } from "../bots/messages/message-editor";
import { FieldViolations } from "../composer/field-violations";
import {
  newSavedReplyDraft,
  placeSavedReplyProblems,
  savedReplyDraftOf,
  savedReplyRequestOf,
  type SavedReplyDraft,
} from "./saved-reply-draft";

interface SavedReplyFormProps {
  /** The reply to edit; a new one when absent. */
  reply?: SavedReply;
  onSaved(reply: ListedSavedReply): void;
  onCancel(): void;
}

export function SavedReplyForm({ reply, onSaved, onCancel }: SavedReplyFormProps) {
  const api = useApi();
  const { t } = useI18n();
  const [draft, setDraft] = useState<SavedReplyDraft>(() =>
    reply ? savedReplyDraftOf(reply) : newSavedReplyDraft(),
  );
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  const problems = useMemo(
    () => placeSavedReplyProblems(problem?.problems ?? [], draft.message),
    [problem, draft.message],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      const request = savedReplyRequestOf(draft);
      onSaved(reply ? await updateSavedReply(api, reply.id, request) : await createSavedReply(api, request));
    } catch (error) {
      setProblem(saveProblemOf(error, { saved_reply_shortcut_taken: "shortcut" }));
    } finally {
      setSaving(false);
    }
  }

  const titleId = reply ? `saved-reply-form-title-${reply.id}` : "saved-reply-form-title";
  return (
    <form
      noValidate
      className="card automation-form saved-reply-form"
      onSubmit={submit}
      aria-labelledby={titleId}
      data-testid="saved-reply-form"
    >
      <h2 id={titleId}>{reply ? t("savedReplies.edit") : t("savedReplies.new")}</h2>
      <div className="automation-form__row">
        <TextField
          className="field--grow"
          label={t("savedReplies.titleLabel")}
          value={draft.title}
          placeholder={t("savedReplies.titlePlaceholder")}
          problems={problems.get("title")}
          testId="saved-reply-title"
          onChange={(title) => setDraft({ ...draft, title })}
        />
        <TextField
          label={t("savedReplies.shortcut")}
          value={draft.shortcut}
          placeholder="/thanks"
          mono
          problems={problems.get("shortcut")}
          testId="saved-reply-shortcut"
          onChange={(shortcut) => setDraft({ ...draft, shortcut })}
        />
      </div>
      <span className="field__hint">{t("savedReplies.shortcutHint")}</span>
      <MessageEditor
        legend={t("savedReplies.message")}
        message={draft.message}
        onChange={(message) => setDraft({ ...draft, message })}
        scope={{ problems, base: "message" }}
        testIdPrefix="saved-reply"
      />
      <p className="field__hint saved-reply-form__variables">{t("savedReplies.variablesHint")}</p>
      <TextField
        label={t("savedReplies.tags")}
        value={draft.tags}
        placeholder={t("savedReplies.tagsPlaceholder")}
        hint={t("savedReplies.tagsHint")}
        problems={problems.get("tags")}
        testId="saved-reply-tags"
        onChange={(tags) => setDraft({ ...draft, tags })}
      />
      <FieldViolations problems={problems.get("")} />
      {problem && <SaveProblemBanner problem={problem} />}
      <div className="form-actions">
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t("automation.cancel")}
        </button>
        <button
          type="submit"
          className="button button--primary"
          data-testid="saved-reply-save"
          disabled={saving}
        >
          {saving ? t("automation.saving") : t("automation.save")}
        </button>
      </div>
    </form>
  );
}
