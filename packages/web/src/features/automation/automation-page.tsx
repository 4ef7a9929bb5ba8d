/** Keyword rules, default reply, ref links, templates and send policy of one channel account. */
import { useEffect, useState } from "react";
import { useApi } from "../../api/api-context";
import { errorText, isAbort } from "../../api/error-text";
import type { ChannelAccount } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { AccountPicker } from "./account-picker";
import { AutomationPanel } from "./automation-panel";
import { AutomationTabs, type AutomationTab } from "./automation-tabs";
import { FailureBanner, type Failure } from "./failure-banner";
import { LoadingNote } from "./tab-section";

export function AutomationPage() {
  const api = useApi();
  const { t } = useI18n();
  const [accounts, setAccounts] = useState<ChannelAccount[] | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [tab, setTab] = useState<AutomationTab>("keywords");

  useEffect(() => {
    const controller = new AbortController();
    api.listChannelAccounts(controller.signal).then(
      (items) => {
        setAccounts(items);
        setFailure(null);
      },
      (cause: unknown) => {
        if (!isAbort(cause, controller.signal)) {
          setFailure({ key: "automation.accountsFailed", reason: errorText(cause) });
        }
      },
    );
    return () => controller.abort();
  }, [api]);

  const account = accounts?.find((item) => item.id === chosen) ?? accounts?.[0];

  return (
    <main className="page automation" data-testid="automation-page">
      <div className="page__header">
        <h1>{t("automation.title")}</h1>
        {accounts !== null && account && (
          <AccountPicker accounts={accounts} value={account.id} onChange={setChosen} />
        )}
      </div>
      <FailureBanner failure={failure} />
      {accounts === null && failure === null && <LoadingNote />}
      {accounts !== null && !account && <p className="empty-state">{t("automation.noAccounts")}</p>}
      {account && (
        <>
          <AutomationTabs current={tab} onChange={setTab} />
          <AutomationPanel key={account.id} accountId={account.id} tab={tab} />
        </>
      )}
    </main>
  );
}
