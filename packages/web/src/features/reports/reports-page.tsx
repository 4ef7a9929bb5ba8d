/**
 * The reports page: a period, then per agent and per store (admins and store managers) the conversations
 * handled, median first response, orders and revenue, and the period's newest orders with their credit.
 */
import { useCallback, useState } from "react";
import { errorText, isAbort } from "../../api/error-text";
import { useReportsApi } from "../../api/reports-api";
import type { AgentReportRow, Period, ReportedOrder, StoreReportRow } from "../../api/reports-api";
import { useLoad } from "../../api/use-load";
import { useI18n } from "../../i18n/i18n-context";
import { useRoleIn } from "../auth/session-context";
import { PeriodPicker } from "./period-picker";
import { presetPeriod } from "./report-period";
import { AgentReportTable, StoreReportTable } from "./report-tables";
import { RecentOrders } from "./recent-orders";

interface Loaded {
  agents: AgentReportRow[];
  stores: StoreReportRow[] | null;
  orders: ReportedOrder[];
  partial: boolean;
}

export function ReportsPage() {
  const { t } = useI18n();
  const api = useReportsApi();
  const seesStores = useRoleIn(["admin", "store_manager"]);
  const [period, setPeriod] = useState<Period>(() => presetPeriod("last7", Date.now()));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(
    async (signal: AbortSignal) => {
      setProblem(null);
      try {
        const [agents, stores, orders] = await Promise.all([
          api.agentReport(period, signal),
          seesStores ? api.storeReport(period, signal) : Promise.resolve(null),
          api.listOrders(period, signal),
        ]);
        setLoaded({
          agents: agents.items,
          stores: stores?.items ?? null,
          orders,
          partial: agents.partial || (stores?.partial ?? false),
        });
      } catch (cause) {
        if (!isAbort(cause, signal)) setProblem(t("reports.loadFailed", { reason: errorText(cause) }));
      }
    },
    [api, period, seesStores, t],
  );
  useLoad(load);

  return (
    <main className="page" data-testid="reports-page">
      <div className="page__header">
        <h1>{t("reports.title")}</h1>
        <PeriodPicker period={period} onChange={setPeriod} />
      </div>
      <p className="muted">{t("reports.intro")}</p>
      {problem !== null && (
        <p className="banner banner--error" role="alert">
          {problem}
        </p>
      )}
      {loaded === null && problem === null && <p className="muted">{t("reports.loading")}</p>}
      {loaded !== null && (
        <>
          {loaded.partial && <p className="banner">{t("reports.partial")}</p>}
          <section className="report-section">
            <h2>{t("reports.agentsTitle")}</h2>
            <AgentReportTable rows={loaded.agents} />
          </section>
          {loaded.stores !== null && (
            <section className="report-section">
              <h2>{t("reports.storesTitle")}</h2>
              <StoreReportTable rows={loaded.stores} />
            </section>
          )}
          <section className="report-section">
            <h2>{t("reports.ordersTitle")}</h2>
            <RecentOrders orders={loaded.orders} />
          </section>
        </>
      )}
    </main>
  );
}
