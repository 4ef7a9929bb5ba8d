/**
 * Publishing: choose channel accounts, check the draft for them, publish it as a new version. Unsaved
 * changes are saved first. Problems are listed by module and node; choosing one opens it in the editor.
 */
import { useEffect, useRef, useState } from "react";
import { useApi } from "../../../api/api-context";
import { publishBot, validateBotDraft, type Bot, type BotProblem } from "../../../api/bots-api";
import { errorText } from "../../../api/error-text";
import { useI18n } from "../../../i18n/i18n-context";
import type { ProblemReport } from "../editor/current-problems";
import { botProblemsOfError } from "../error-problems";
import { AccountChoice } from "./account-choice";
import { ProblemList } from "./problem-list";
import { usePublishTargets } from "./use-publish-targets";

type Outcome =
  | { kind: "ok" }
  | { kind: "published"; version: number; accounts: number }
  | { kind: "not_saved" }
  | { kind: "error"; message: string };

interface PublishPanelProps {
  botId: string;
  draft: Bot;
  dirty: boolean;
  save(): Promise<boolean>;
  report: ProblemReport | null;
  setReport(report: ProblemReport | null): void;
  onSelectProblem(problem: BotProblem): void;
  onPublished(): void;
}

export function PublishPanel({
  botId,
  draft,
  dirty,
  save,
  report,
  setReport,
  onSelectProblem,
  onPublished,
}: PublishPanelProps) {
  const api = useApi();
  const { t } = useI18n();
  const [reloadKey, setReloadKey] = useState(0);
  const { accounts, running, error } = usePublishTargets(reloadKey);
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const [busy, setBusy] = useState<"check" | "publish" | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const latestDraft = useRef(draft);
  useEffect(() => {
    latestDraft.current = draft;
  });

  // Until the author picks, the accounts that already run this bot are ticked.
  const selected =
    chosen ?? new Set([...running].filter(([, bot]) => bot.botId === botId).map(([accountId]) => accountId));
  const ids = (accounts ?? []).map((account) => account.id).filter((id) => selected.has(id));

  async function run(action: "check" | "publish") {
    setOutcome(null);
    if (ids.length === 0) return setOutcome({ kind: "error", message: t("botPublish.chooseAccount") });
    setBusy(action);
    try {
      if (dirty && !(await save())) return setOutcome({ kind: "not_saved" });
      const checked = latestDraft.current;
      try {
        if (action === "check") {
          const problems = await validateBotDraft(api, botId, ids);
          setReport({ source: "check", problems, draft: checked });
          if (problems.length === 0) setOutcome({ kind: "ok" });
        } else {
          const result = await publishBot(api, botId, ids);
          setReport(null);
          setOutcome({ kind: "published", version: result.version.number, accounts: ids.length });
          setReloadKey((key) => key + 1);
          onPublished();
        }
      } catch (cause) {
        const problems = botProblemsOfError(cause);
        if (problems !== undefined) setReport({ source: action, problems, draft: checked });
        else setOutcome({ kind: "error", message: errorText(cause) });
      }
    } finally {
      setBusy(null);
    }
  }

  const listed = report !== null && report.source !== "save" ? report : null;
  return (
    <section className="publish-panel card" aria-labelledby="publish-title" data-testid="publish-panel">
      <h2 id="publish-title">{t("botPublish.title")}</h2>
      <p className="field__hint">{t("botPublish.help")}</p>
      {error && (
        <p className="banner banner--error" role="alert">
          {t("botPublish.accountsFailed", { reason: error })}
        </p>
      )}
      {accounts !== null && accounts.length === 0 && (
        <p className="empty-state">{t("botPublish.noAccounts")}</p>
      )}
      <fieldset className="publish-panel__accounts">
        <legend className="field__label">{t("botPublish.accounts")}</legend>
        <ul>
          {(accounts ?? []).map((account) => (
            <AccountChoice
              key={account.id}
              account={account}
              botId={botId}
              running={running.get(account.id)}
              checked={selected.has(account.id)}
              onChange={(on) => {
                const next = new Set(selected);
                if (on) next.add(account.id);
                else next.delete(account.id);
                setChosen(next);
              }}
            />
          ))}
        </ul>
      </fieldset>
      {dirty && <p className="field__hint">{t("botPublish.savesFirst")}</p>}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          data-testid="bot-validate"
          disabled={busy !== null}
          onClick={() => void run("check")}
        >
          {busy === "check" ? t("botPublish.checking") : t("botPublish.check")}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="bot-publish"
          disabled={busy !== null}
          onClick={() => void run("publish")}
        >
          {busy === "publish" ? t("botPublish.publishing") : t("botPublish.publish")}
        </button>
      </div>
      <OutcomeView outcome={outcome} />
      {listed && listed.problems.length > 0 && (
        <div className="publish-panel__problems" role="alert">
          <p className="banner banner--error">
            {listed.source === "publish"
              ? t("botPublish.notPublished", { count: listed.problems.length })
              : t("botPublish.problemsFound", { count: listed.problems.length })}
          </p>
          {listed.draft !== draft && <p className="field__hint">{t("botPublish.changedSince")}</p>}
          <ProblemList report={listed} current={draft} onSelect={onSelectProblem} testId="publish-problems" />
        </div>
      )}
    </section>
  );
}

function OutcomeView({ outcome }: { outcome: Outcome | null }) {
  const { t } = useI18n();
  if (outcome === null) return null;
  switch (outcome.kind) {
    case "ok":
      return (
        <p className="banner banner--bot-ok" role="status" data-testid="publish-ok">
          {t("botPublish.ready")}
        </p>
      );
    case "published":
      return (
        <p
          className="banner banner--bot-ok"
          role="status"
          data-testid="publish-success"
          data-version={outcome.version}
        >
          {t("botPublish.published", { n: outcome.version, count: outcome.accounts })}
        </p>
      );
    case "not_saved":
      return (
        <p className="banner banner--error" role="alert" data-testid="publish-error">
          {t("botPublish.saveFailed")}
        </p>
      );
    case "error":
      return (
        <p className="banner banner--error" role="alert" data-testid="publish-error">
          {outcome.message}
        </p>
      );
  }
}
