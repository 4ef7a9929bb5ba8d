/** The bots list: each bot's modules, latest version and the accounts that run it; create, import, export, delete. */
import { useCallback, useMemo, useState } from "react";
import { useApi } from "../../api/api-context";
import { listBots, type BotDetail, type BotSummary } from "../../api/bots-api";
import { errorText, isAbort } from "../../api/error-text";
import { useLoad } from "../../api/use-load";
import type { ChannelAccount } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { useNavigate } from "../../routing/navigation";
import { BotCreateForm } from "./list/bot-create-form";
import { BotImportPanel } from "./list/bot-import-panel";
import { BotRow } from "./list/bot-row";

export function BotsPage() {
  const api = useApi();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [bots, setBots] = useState<BotSummary[] | null>(null);
  const [accounts, setAccounts] = useState<ChannelAccount[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const [loadedBots, loadedAccounts] = await Promise.all([
          listBots(api, signal),
          api.listChannelAccounts(signal),
        ]);
        setBots(loadedBots);
        setAccounts(loadedAccounts);
        setError(null);
      } catch (cause) {
        if (!isAbort(cause, signal)) setError(errorText(cause));
      }
    },
    [api],
  );

  useLoad(load);

  const accountsById = useMemo(() => new Map(accounts.map((account) => [account.id, account])), [accounts]);
  const open = (bot: BotDetail) => navigate({ page: "bot", botId: bot.id });

  return (
    <main className="page" data-testid="bots-page">
      <div className="page__header">
        <h1>{t("bots.title")}</h1>
        {!importing && (
          <button
            type="button"
            className="button"
            data-testid="bot-import-open"
            onClick={() => setImporting(true)}
          >
            {t("bots.importOpen")}
          </button>
        )}
      </div>
      <p className="field__hint bots-intro">{t("bots.intro")}</p>
      <BotCreateForm onCreated={open} />
      {importing && <BotImportPanel onImported={open} onCancel={() => setImporting(false)} />}
      {error && (
        <p className="banner banner--error" role="alert">
          {t("bots.loadFailed", { reason: error })}
        </p>
      )}
      {bots === null && !error && <p className="empty-state">{t("bots.loading")}</p>}
      {bots !== null && bots.length === 0 && <p className="empty-state">{t("bots.empty")}</p>}
      {bots !== null && bots.length > 0 && (
        <ul className="bot-list" aria-label={t("bots.title")}>
          {bots.map((bot) => (
            <BotRow
              key={bot.id}
              bot={bot}
              accounts={accountsById}
              onDeleted={(id) => setBots((current) => (current ?? []).filter((item) => item.id !== id))}
            />
          ))}
        </ul>
      )}
    </main>
  );
}
