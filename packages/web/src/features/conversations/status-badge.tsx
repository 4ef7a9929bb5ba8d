/** A conversation's state: with the bot, pending (waiting for a person), in progress or closed. */
import type { ConversationStatus } from "../../api/types";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";

export const statusKeys: Record<ConversationStatus, MessageKey> = {
  bot: "status.bot",
  pending: "status.pending",
  in_progress: "status.in_progress",
  closed: "status.closed",
};

export function StatusBadge({ status }: { status: ConversationStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--${status}`} data-testid="status-badge" data-status={status}>
      {t(statusKeys[status])}
    </span>
  );
}
