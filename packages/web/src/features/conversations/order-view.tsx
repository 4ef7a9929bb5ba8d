/** An order placed from a catalog in the chat: its items and the total. */
import type { InboundContent } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";

type Order = Extract<InboundContent, { kind: "order" }>;

function money(amount: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(language, { style: "currency", currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

export function OrderView({ order }: { order: Order }) {
  const { t, language } = useI18n();
  const count = order.items.reduce((sum, item) => sum + item.quantity, 0);
  const currencies = new Set(order.items.map((item) => item.currency));
  const [currency] = [...currencies];
  const total = order.items.reduce((sum, item) => sum + item.itemPrice * item.quantity, 0);
  return (
    <div className="order">
      <strong className="order__title">
        <span aria-hidden="true">🛒 </span>
        {t("content.order", { count })}
      </strong>
      <ul className="order__items">
        {order.items.map((item) => (
          <li key={item.productId}>
            <span>
              {item.productId} × {item.quantity}
            </span>
            <span>{money(item.itemPrice * item.quantity, item.currency, language)}</span>
          </li>
        ))}
      </ul>
      {currencies.size === 1 && currency !== undefined && (
        <p className="order__total">
          <span>{t("content.orderTotal")}</span>
          <strong>{money(total, currency, language)}</strong>
        </p>
      )}
      {order.text && <p className="text">{order.text}</p>}
    </div>
  );
}
