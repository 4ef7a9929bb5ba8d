/** The numbers, pages and LINE channels Switchboard answers on; here one of them is connected. */
import { useCallback, useState } from "react";
import { useApi } from "../../api/api-context";
import { errorText, isAbort } from "../../api/error-text";
import { useLoad } from "../../api/use-load";
import type { ChannelAccount } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { absoluteUrl, ChannelAccountCard } from "./channel-account-card";
import { CopyField } from "./copy-field";
import { ChannelAccountForm } from "./channel-account-form";
import { WebchatDetails } from "./webchat-details";

interface Created {
  account: ChannelAccount;
  verifyToken: string;
}

export function ChannelAccountsPage() {
  const api = useApi();
  const { t } = useI18n();
  const [accounts, setAccounts] = useState<ChannelAccount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setAccounts(await api.listChannelAccounts(signal));
        setError(null);
      } catch (cause) {
        if (!isAbort(cause, signal)) setError(errorText(cause));
      }
    },
    [api],
  );

  useLoad(load);

  function onCreated(account: ChannelAccount, verifyToken: string) {
    setAdding(false);
    setCreated({ account, verifyToken });
    setAccounts((previous) => [...(previous ?? []).filter((item) => item.id !== account.id), account]);
    void load();
  }

  return (
    <main className="page">
      <div className="page__header">
        <h1>{t("accounts.title")}</h1>
        {!adding && (
          <button
            type="button"
            className="button button--primary"
            data-testid="account-add"
            onClick={() => {
              setAdding(true);
              setCreated(null);
            }}
          >
            + {t("accounts.add")}
          </button>
        )}
      </div>
      {created && (
        <section className="card card--success" role="status" data-testid="account-created">
          <p>{t(`accountsChannel.created.${created.account.channel}`)}</p>
          {created.account.channel === "webchat" ? (
            <>
              <WebchatDetails account={created.account} accounts={accounts ?? []} />
              <CopyField
                label={t("webchat.identitySecret")}
                value={created.verifyToken}
                testId="webchat-created-secret"
              />
            </>
          ) : (
            <CopyField
              label={t("accounts.webhookUrl")}
              value={absoluteUrl(created.account.webhookUrl)}
              testId="account-created-webhook-url"
            />
          )}
          {created.verifyToken !== "" && created.account.channel !== "webchat" && (
            <CopyField label={t("accounts.verifyToken")} value={created.verifyToken} />
          )}
          <p className="field__hint">{t(`accountsChannel.webhookHelp.${created.account.channel}`)}</p>
        </section>
      )}
      {adding && <ChannelAccountForm onCreated={onCreated} onCancel={() => setAdding(false)} />}
      {error && (
        <p className="banner banner--error" role="alert">
          {t("accounts.loadFailed", { reason: error })}
        </p>
      )}
      {accounts === null && !error && <p className="empty-state">{t("accounts.loading")}</p>}
      {accounts !== null && accounts.length === 0 && !adding && (
        <p className="empty-state">{t("accounts.empty")}</p>
      )}
      {accounts !== null && accounts.length > 0 && (
        <ul className="account-list">
          {accounts.map((account) => (
            <ChannelAccountCard key={account.id} account={account} accounts={accounts} />
          ))}
        </ul>
      )}
    </main>
  );
}
