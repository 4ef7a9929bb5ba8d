/**
 * Imports a bot from a definition file or pasted JSON. The server checks it; every problem it names is
 * listed with its path (e.g. `modules[1].nodes[0].body`).
 */
import { useState, type ChangeEvent, type FormEvent } from "react";
import { useApi } from "../../../api/api-context";
import { importBot, type BotDetail } from "../../../api/bots-api";
import { errorText } from "../../../api/error-text";
import { useI18n } from "../../../i18n/i18n-context";
import { pathProblemsOfError, type PathProblem } from "../error-problems";

interface BotImportPanelProps {
  onImported(bot: BotDetail): void;
  onCancel(): void;
}

export function BotImportPanel({ onImported, onCancel }: BotImportPanelProps) {
  const api = useApi();
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<PathProblem[]>([]);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setText(await file.text());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setProblems([]);
    let definition: unknown;
    try {
      definition = JSON.parse(text);
    } catch (cause) {
      return setError(t("bots.importNotJson", { reason: errorText(cause) }));
    }
    setBusy(true);
    try {
      onImported(await importBot(api, definition));
    } catch (cause) {
      const found = pathProblemsOfError(cause);
      setProblems(found);
      setError(
        found.length > 0 ? t("bots.importInvalid") : t("bots.importFailed", { reason: errorText(cause) }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card bot-import"
      onSubmit={submit}
      aria-labelledby="bot-import-title"
      data-testid="bot-import"
    >
      <h2 id="bot-import-title">{t("bots.importTitle")}</h2>
      <div className="field">
        <label className="field__label" htmlFor="bot-import-file">
          {t("bots.importFile")}
        </label>
        <input
          id="bot-import-file"
          data-testid="bot-import-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void readFile(event)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="bot-import-json">
          {t("bots.importPaste")}
        </label>
        <textarea
          id="bot-import-json"
          data-testid="bot-import-json"
          className="text-mono"
          rows={8}
          spellCheck={false}
          value={text}
          placeholder='{ "name": "…", "modules": [ … ] }'
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {error && (
        <div className="banner banner--error" role="alert">
          <p>{error}</p>
          {problems.length > 0 && (
            <ul className="path-problems" data-testid="bot-import-problems">
              {problems.map((problem, index) => (
                <li key={`${problem.path}-${index}`} data-path={problem.path}>
                  <code>{problem.path || t("bots.importWhole")}</code> {problem.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t("botEditor.cancel")}
        </button>
        <button
          type="submit"
          className="button button--primary"
          data-testid="bot-import-submit"
          disabled={busy || text.trim() === ""}
        >
          {busy ? t("bots.importing") : t("bots.import")}
        </button>
      </div>
    </form>
  );
}
