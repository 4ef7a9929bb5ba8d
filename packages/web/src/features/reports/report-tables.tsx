/** The per-agent and per-store tables: conversations handled, median first response, orders, revenue. */
import type { AgentReportRow, ReportFigures, StoreReportRow } from "../../api/reports-api";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";
import { formatDuration, formatMoney } from "./report-format";

interface Row extends ReportFigures {
  key: string;
  name: string;
}

export function AgentReportTable({ rows }: { rows: AgentReportRow[] }) {
  return (
    <FiguresTable
      testId="agent-report"
      nameColumn="reports.colAgent"
      empty="reports.noAgents"
      rows={rows.map((row) => ({ ...row, key: row.userId }))}
    />
  );
}

export function StoreReportTable({ rows }: { rows: StoreReportRow[] }) {
  return (
    <FiguresTable
      testId="store-report"
      nameColumn="reports.colStore"
      empty="reports.noStores"
      rows={rows.map((row) => ({ ...row, key: row.storeId }))}
    />
  );
}

interface FiguresTableProps {
  testId: string;
  nameColumn: MessageKey;
  empty: MessageKey;
  rows: Row[];
}

function FiguresTable({ testId, nameColumn, empty, rows }: FiguresTableProps) {
  const { t, language } = useI18n();
  if (rows.length === 0) return <p className="empty-state">{t(empty)}</p>;
  return (
    <table className="people-table report-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{t(nameColumn)}</th>
          <th className="report-table__number">{t("reports.colHandled")}</th>
          <th className="report-table__number">{t("reports.colFirstResponse")}</th>
          <th className="report-table__number">{t("reports.colOrders")}</th>
          <th className="report-table__number">{t("reports.colRevenue")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid={`${testId}-row`} data-key={row.key}>
            <td>{row.name}</td>
            <td className="report-table__number">{row.conversationsHandled}</td>
            <td className="report-table__number">
              {formatDuration(row.medianFirstResponseMs)}
              {row.firstResponses > 0 && (
                <div className="muted">{t("reports.firstResponses", { n: row.firstResponses })}</div>
              )}
            </td>
            <td className="report-table__number" data-testid="report-orders">
              {row.orders}
            </td>
            <td className="report-table__number" data-testid="report-revenue">
              {row.revenue.length === 0
                ? "—"
                : row.revenue.map((r) => (
                    <div key={r.currency}>{formatMoney(r.amount, r.currency, language)}</div>
                  ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
