/**
 * WhatsApp-style delivery ticks: clock (pending, or accepted by the platform), ✓ sent, ✓✓ delivered,
 * blue ✓✓ read, ⚠ failed; a "Not sent" badge instead of ticks when the send policy refused it.
 */
import type { MessageStatus } from "../../api/types";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";

const labels: Record<MessageStatus, MessageKey> = {
  received: "delivery.received",
  pending: "delivery.pending",
  accepted: "delivery.accepted",
  sent: "delivery.sent",
  delivered: "delivery.delivered",
  read: "delivery.read",
  failed: "delivery.failed",
  refused: "delivery.refused",
};

const glyphs: Record<Exclude<MessageStatus, "pending" | "accepted" | "refused">, string> = {
  received: "",
  sent: "✓",
  delivered: "✓✓",
  read: "✓✓",
  failed: "⚠",
};

function Clock() {
  return (
    <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M8 4.6V8l2.4 1.5" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
    </svg>
  );
}

export function DeliveryStatus({ status }: { status: MessageStatus }) {
  const { t } = useI18n();
  const label = t(labels[status]);
  if (status === "refused") {
    return (
      <span className="delivery-refused" data-testid="message-status" data-status={status}>
        {label}
      </span>
    );
  }
  return (
    <span
      className={`delivery delivery--${status}`}
      data-testid="message-status"
      data-status={status}
      role="img"
      aria-label={label}
      title={label}
    >
      {status === "pending" || status === "accepted" ? <Clock /> : glyphs[status]}
    </span>
  );
}
