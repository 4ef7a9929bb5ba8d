/** The left column: every conversation, newest activity first, with a status filter. */
import type { ConversationStatus } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { useNow } from "../../time/use-now";
import { ConversationItem } from "./conversation-item";
import { StatusFilter } from "./status-filter";
import type { ConversationsState } from "./use-conversations";

interface ConversationListProps {
  state: ConversationsState;
  /** Shows older conversations; absent when there are none (or the list is at its longest). */
  onShowMore: (() => void) | undefined;
  status: ConversationStatus | null;
  onStatusChange(status: ConversationStatus | null): void;
  selectedId: string | null;
}

export function ConversationList({
  state,
  onShowMore,
  status,
  onStatusChange,
  selectedId,
}: ConversationListProps) {
  const { t } = useI18n();
  const now = useNow(20_000);
  return (
    <>
      <div className="pane-header conversation-list__header">
        <h1 className="pane-header__title">{t("inbox.title")}</h1>
        <StatusFilter value={status} onChange={onStatusChange} />
      </div>
      {state.error && (
        <p className="banner banner--error" role="alert">
          {t("inbox.loadFailed", { reason: state.error })}
        </p>
      )}
      {!state.loaded && <p className="empty-state">{t("inbox.loading")}</p>}
      {state.loaded && state.items.length === 0 && !state.error && (
        <p className="empty-state">{status === null ? t("inbox.empty") : t("inbox.emptyFiltered")}</p>
      )}
      <ul className="conversation-list" aria-label={t("inbox.title")}>
        {state.items.map((conversation) => (
          <ConversationItem
            key={conversation.id}
            conversation={conversation}
            selected={conversation.id === selectedId}
            now={now}
          />
        ))}
      </ul>
      {onShowMore && (
        <button
          type="button"
          className="button button--ghost conversation-list__more"
          data-testid="show-more"
          onClick={onShowMore}
        >
          {t("inbox.showMore")}
        </button>
      )}
    </>
  );
}
