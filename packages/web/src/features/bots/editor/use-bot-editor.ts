/**
 * One bot's editing session: the draft as edited here, whether it differs from the last save, saving
 * it (PATCH), and the problems of the last save, check or publish attempt.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useApi } from "../../../api/api-context";
import { getBot, updateBot, type Bot, type BotDetail } from "../../../api/bots-api";
import { errorText, isAbort } from "../../../api/error-text";
import { pathProblemsOfError, toBotProblems } from "../error-problems";
import type { ProblemReport } from "./current-problems";

export interface BotEditor {
  detail: BotDetail | null;
  loadError: string | null;
  name: string;
  draft: Bot | null;
  dirty: boolean;
  saving: boolean;
  /** Why the last save failed; its schema problems are in `report`. */
  saveError: string | null;
  report: ProblemReport | null;
  setReport(report: ProblemReport | null): void;
  rename(name: string): void;
  /** Applies a change to the latest draft (quick successive edits all apply). */
  edit(change: (draft: Bot) => Bot): void;
  /** Saves the draft; true when it was stored. */
  save(): Promise<boolean>;
  /** Reads the bot again (its versions and deployments after a publish), keeping the draft as edited. */
  refresh(): Promise<void>;
}

export function useBotEditor(botId: string): BotEditor {
  const api = useApi();
  const [detail, setDetail] = useState<BotDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [draft, setDraft] = useState<Bot | null>(null);
  const [saved, setSaved] = useState({ name: "", draft: "" });
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [report, setReport] = useState<ProblemReport | null>(null);
  const latest = useRef({ name, draft });
  useEffect(() => {
    latest.current = { name, draft };
  });

  useEffect(() => {
    const controller = new AbortController();
    setDetail(null);
    setDraft(null);
    setLoadError(null);
    getBot(api, botId, controller.signal).then(
      (bot) => {
        setDetail(bot);
        setName(bot.name);
        setDraft(bot.draft);
        setSaved({ name: bot.name, draft: JSON.stringify(bot.draft) });
        setReport(null);
      },
      (error: unknown) => {
        if (!isAbort(error, controller.signal)) setLoadError(errorText(error));
      },
    );
    return () => controller.abort();
  }, [api, botId]);

  const edit = useCallback((change: (draft: Bot) => Bot) => {
    setDraft((current) => (current === null ? current : change(current)));
  }, []);

  const rename = useCallback((next: string) => {
    setName(next);
    // The definition carries the name too, so an export shows the bot as named here.
    setDraft((current) => (current === null ? current : { ...current, name: next }));
  }, []);

  const save = useCallback(async (): Promise<boolean> => {
    const { name: sentName, draft: sent } = latest.current;
    if (sent === null) return false;
    setSaving(true);
    setSaveError(null);
    try {
      const bot = await updateBot(api, botId, { name: sentName.trim(), draft: sent });
      setDetail(bot);
      setSaved({ name: sentName, draft: JSON.stringify(sent) });
      setReport((current) => (current?.source === "save" ? null : current));
      return true;
    } catch (error) {
      const problems = toBotProblems(pathProblemsOfError(error), sent);
      setReport(problems.length > 0 ? { source: "save", problems, draft: sent } : null);
      setSaveError(errorText(error));
      return false;
    } finally {
      setSaving(false);
    }
  }, [api, botId]);

  const refresh = useCallback(async () => {
    try {
      const bot = await getBot(api, botId);
      setDetail(bot);
    } catch {
      // The page keeps showing what it knew; the next load corrects it.
    }
  }, [api, botId]);

  const dirty = draft !== null && (JSON.stringify(draft) !== saved.draft || name !== saved.name);
  return {
    detail,
    loadError,
    name,
    draft,
    dirty,
    saving,
    saveError,
    report,
    setReport,
    rename,
    edit,
    save,
    refresh,
  };
}
