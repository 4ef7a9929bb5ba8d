/** A channel account's send policy: quiet hours, frequency caps, and the opt-out and opt-in words. */
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import { errorText, isAbort } from "../../../api/error-text";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { FailureBanner, type Failure } from "../failure-banner";
import { placeProblems, saveProblemOf, type SaveProblem } from "../form-problems";
import { SaveProblemBanner } from "../save-problem-banner";
import { FrequencyCapsEditor } from "./frequency-caps-editor";
import { KeywordWordsFields } from "./keyword-words-fields";
import { QuietHoursFields } from "./quiet-hours-fields";
import {
  sendPolicyDraftOf,
  sendPolicyFieldOf,
  sendPolicyOf,
  type SendPolicyDraft,
  type SendPolicyField,
} from "./send-policy-draft";

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function SendPolicyTab({ accountId }: { accountId: string }) {
  const api = useAutomationApi();
  const { t } = useI18n();
  const [draft, setDraft] = useState<SendPolicyDraft | null>(null);
  const [loadFailure, setLoadFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setDraft(null);
    api.getAutomation(accountId, controller.signal).then(
      (settings) => setDraft(sendPolicyDraftOf(settings.sendPolicy, browserTimeZone())),
      (cause: unknown) => {
        if (!isAbort(cause, controller.signal)) {
          setLoadFailure({ key: "automation.loadFailed", reason: errorText(cause) });
        }
      },
    );
    return () => controller.abort();
  }, [api, accountId]);

  const placed = useMemo(() => {
    const quietOn = draft?.quietHoursOn === true;
    const caps = draft?.caps.length ?? 0;
    const visible = (field: SendPolicyField) => {
      if (field === "start" || field === "end" || field === "timeZone") return quietOn;
      const cap = /^cap\.(\d+)\./.exec(field);
      return cap ? Number(cap[1]) < caps : true;
    };
    return placeProblems(problem?.problems ?? [], sendPolicyFieldOf, visible);
  }, [problem, draft?.quietHoursOn, draft?.caps.length]);
  const problems = (field: SendPolicyField) => placed.get(field);

  function change(next: Partial<SendPolicyDraft>) {
    setDraft((previous) => (previous === null ? previous : { ...previous, ...next }));
    setSaved(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (draft === null) return;
    setSaving(true);
    setSaved(false);
    setProblem(null);
    try {
      const settings = await api.updateAutomation(accountId, { sendPolicy: sendPolicyOf(draft) });
      setDraft(sendPolicyDraftOf(settings.sendPolicy, draft.timeZone));
      setSaved(true);
    } catch (error) {
      setProblem(saveProblemOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="automation-section" aria-labelledby="send-policy-title">
      <div className="automation-section__header">
        <div>
          <h2 id="send-policy-title">{t("automation.tabSendPolicy")}</h2>
          <p className="field__hint">{t("automation.sendPolicyIntro")}</p>
        </div>
      </div>
      <FailureBanner failure={loadFailure} />
      {draft === null && loadFailure === null && <p className="empty-state">{t("automation.loading")}</p>}
      {draft !== null && (
        <form
          noValidate
          className="card automation-form"
          onSubmit={submit}
          aria-labelledby="send-policy-title"
          data-testid="send-policy-form"
        >
          <QuietHoursFields draft={draft} problems={problems} onChange={change} />
          <FrequencyCapsEditor caps={draft.caps} problems={problems} onChange={(caps) => change({ caps })} />
          <KeywordWordsFields draft={draft} problems={problems} onChange={change} />
          <FieldViolations problems={placed.get("general")} />
          {problem && <SaveProblemBanner problem={problem} />}
          <div className="form-actions">
            {saved && (
              <span className="saved-note" role="status" data-testid="send-policy-saved">
                {t("automation.saved")}
              </span>
            )}
            <button
              type="submit"
              className="button button--primary"
              data-testid="send-policy-save"
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
