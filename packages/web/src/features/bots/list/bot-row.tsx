/** One bot in the list: name, modules, latest version, the accounts that run it; export and delete. */
import { useState } from "react";
import { useApi } from "../../../api/api-context";
import { deleteBot, exportBot, type BotSummary } from "../../../api/bots-api";
import { ApiError } from "../../../api/api-error";
import { errorText } from "../../../api/error-text";
import type { ChannelAccount } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { RouteLink } from "../../../routing/route-link";
import { formatFullTime } from "../../../time/relative-time";
import { botFileName, downloadJson } from "../download-json";
import { ConfirmButton } from "../fields/confirm-button";

interface BotRowProps {
  bot: BotSummary;
  accounts: ReadonlyMap<string, ChannelAccount>;
  onDeleted(id: string): void;
}

export function BotRow({ bot, accounts, onDeleted }: BotRowProps) {
  const api = useApi();
  const { t, language } = useI18n();
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setError(null);
    try {
      downloadJson(botFileName(bot.name), await exportBot(api, bot.id));
    } catch (cause) {
      setError(t("bots.exportFailed", { reason: errorText(cause) }));
    }
  }

  async function remove() {
    setError(null);
    try {
      await deleteBot(api, bot.id);
      onDeleted(bot.id);
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 409) {
        const names = bot.deployments.map(
          (item) => accounts.get(item.channelAccountId)?.name ?? item.channelAccountId,
        );
        setError(
          t("bots.deletePublished", { accounts: names.length > 0 ? names.join(", ") : errorText(cause) }),
        );
      } else setError(t("bots.deleteFailed", { reason: errorText(cause) }));
    }
  }

  return (
    <li className="bot-row" data-testid="bot-row" data-bot-id={bot.id}>
      <div className="bot-row__main">
        <RouteLink to={{ page: "bot", botId: bot.id }} className="bot-row__name" data-testid="bot-open">
          {bot.name}
        </RouteLink>
        <span className="bot-row__facts">
          <span>{t("botEditor.moduleCount", { count: bot.moduleCount })}</span>
          <span data-testid="bot-version">
            {bot.latestVersion
              ? t("bots.versionAt", {
                  n: bot.latestVersion.number,
                  time: formatFullTime(bot.latestVersion.createdAt, language),
                })
              : t("bots.notPublished")}
          </span>
        </span>
        <span className="bot-row__accounts" data-testid="bot-accounts">
          {bot.deployments.length === 0
            ? t("bots.runsNowhere")
            : bot.deployments.map((deployment) => (
                <span key={deployment.channelAccountId} className="chip chip--static">
                  {accounts.get(deployment.channelAccountId)?.name ?? deployment.channelAccountId} · v
                  {deployment.versionNumber}
                </span>
              ))}
        </span>
      </div>
      <div className="bot-row__actions">
        <button
          type="button"
          className="button button--ghost"
          data-testid="bot-export"
          onClick={() => void download()}
        >
          {t("bots.export")}
        </button>
        <ConfirmButton
          label={t("bots.delete")}
          question={t("bots.deleteQuestion", { name: bot.name })}
          confirmLabel={t("botEditor.delete")}
          onConfirm={() => void remove()}
          testId="bot-delete"
        />
      </div>
      {error && (
        <p className="banner banner--error bot-row__error" role="alert" data-testid="bot-row-error">
          {error}
        </p>
      )}
    </li>
  );
}
