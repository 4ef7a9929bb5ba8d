/** The period's newest orders and who got the credit for each (agent and store), or nobody. */
import type { ReportedOrder } from "../../api/reports-api";
import { useI18n } from "../../i18n/i18n-context";
import { formatFullTime } from "../../time/relative-time";
import { formatMoney } from "./report-format";

export function RecentOrders({ orders }: { orders: ReportedOrder[] }) {
  const { t, language } = useI18n();
  if (orders.length === 0) return <p className="empty-state">{t("reports.noOrders")}</p>;
  const nameOr = (name: string | null) => name ?? t("reports.unknownName");
  return (
    <table className="people-table report-table" data-testid="recent-orders">
      <thead>
        <tr>
          <th>{t("reports.colOrderedAt")}</th>
          <th>{t("reports.colOrder")}</th>
          <th>{t("reports.colCustomer")}</th>
          <th className="report-table__number">{t("reports.colAmount")}</th>
          <th>{t("reports.colCredit")}</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id} data-testid="recent-order">
            <td>{formatFullTime(order.orderedAt, language)}</td>
            <td>
              <code>{order.orderId}</code>
              {order.source !== "api" && <span className="muted"> {order.source}</span>}
            </td>
            <td>{nameOr(order.names.contact)}</td>
            <td className="report-table__number">{formatMoney(order.amount, order.currency, language)}</td>
            <td data-testid="order-credit">
              {order.credit.userId === null ? (
                <span className="muted">{t("reports.noCredit")}</span>
              ) : (
                <>
                  {nameOr(order.names.user)}
                  {order.credit.storeId !== null && (
                    <span className="muted"> · {nameOr(order.names.store)}</span>
                  )}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
