/** What the account answers when no keyword rule and no bot step matches: nothing, a text or a module. */
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import { errorText, isAbort } from "../../../api/error-text";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { FailureBanner, type Failure } from "../failure-banner";
import { placeProblems, saveProblemOf, type SaveProblem } from "../form-problems";
import { SaveProblemBanner } from "../save-problem-banner";
import { autoReplyDraftOf, autoReplyOf, replyFieldOf, type AutoReplyDraft } from "./auto-reply-draft";
import { AutoReplyFields } from "./auto-reply-fields";
import type { PublishedBotModules } from "./use-bot-modules";

interface DefaultReplyTabProps {
  accountId: string;
  bot: PublishedBotModules;
}

export function DefaultReplyTab({ accountId, bot }: DefaultReplyTabProps) {
  const api = useAutomationApi();
  const { t } = useI18n();
  const [draft, setDraft] = useState<AutoReplyDraft | null>(null);
  const [loadFailure, setLoadFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setDraft(null);
    api.getAutomation(accountId, controller.signal).then(
      (settings) => setDraft(autoReplyDraftOf(settings.defaultReply)),
      (cause: unknown) => {
        if (!isAbort(cause, controller.signal)) {
          setLoadFailure({ key: "automation.loadFailed", reason: errorText(cause) });
        }
      },
    );
    return () => controller.abort();
  }, [api, accountId]);

  const placed = useMemo(
    () => placeProblems(problem?.problems ?? [], (path) => replyFieldOf(path, "defaultReply")),
    [problem],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (draft === null) return;
    setSaving(true);
    setSaved(false);
    setProblem(null);
    try {
      const settings = await api.updateAutomation(accountId, { defaultReply: autoReplyOf(draft) });
      setDraft(autoReplyDraftOf(settings.defaultReply));
      setSaved(true);
    } catch (error) {
      setProblem(saveProblemOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="automation-section" aria-labelledby="default-reply-title">
      <div className="automation-section__header">
        <div>
          <h2 id="default-reply-title">{t("automation.tabDefaultReply")}</h2>
          <p className="field__hint">{t("automation.defaultReplyIntro")}</p>
        </div>
      </div>
      <FailureBanner failure={loadFailure} />
      {draft === null && loadFailure === null && <p className="empty-state">{t("automation.loading")}</p>}
      {draft !== null && (
        <form
          noValidate
          className="card automation-form"
          onSubmit={submit}
          aria-labelledby="default-reply-title"
        >
          <AutoReplyFields
            idPrefix="default-reply"
            draft={draft}
            allowNone
            bot={bot}
            problems={(field) => placed.get(field)}
            onChange={(next) => {
              setDraft(next);
              setSaved(false);
            }}
          />
          <FieldViolations problems={placed.get("general")} />
          {problem && <SaveProblemBanner problem={problem} />}
          <div className="form-actions">
            {saved && (
              <span className="saved-note" role="status" data-testid="default-reply-saved">
                {t("automation.saved")}
              </span>
            )}
            <button
              type="submit"
              className="button button--primary"
              data-testid="default-reply-save"
              disabled={saving}
            >
              {saving ? t("automation.saving") : t("automation.save")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
