/** The left column: the folders with their counts, the filters, and the folder's conversations. */
import type { ListedConversation } from "../../api/inbox-api";
import { useI18n } from "../../i18n/i18n-context";
import { useNow } from "../../time/use-now";
import { ConversationItem } from "./conversation-item";
import { FolderTabs } from "./folder-tabs";
import { InboxFilters } from "./inbox-filters";
import { agentFilterApplies, type Folder, type InboxView } from "./inbox-folders";
import type { FolderNumbers } from "./use-folder-counts";
import type { FilterChoices } from "./use-filter-choices";
import type { ConversationsState } from "./use-conversations";

interface ConversationListProps {
  state: ConversationsState & { items: readonly ListedConversation[] };
  /** Shows older conversations; absent when there are none (or the list is at its longest). */
  onShowMore: (() => void) | undefined;
  view: InboxView;
  folders: readonly Folder[];
  numbers: FolderNumbers | null;
  choices: FilterChoices;
  onViewChange(view: InboxView): void;
  selectedId: string | null;
}

export function ConversationList({
  state,
  onShowMore,
  view,
  folders,
  numbers,
  choices,
  onViewChange,
  selectedId,
}: ConversationListProps) {
  const { t } = useI18n();
  const now = useNow(20_000);
  const filtered = Object.keys(view.filters).length > 0;
  return (
    <>
      <div className="pane-header conversation-list__header">
        <h1 className="pane-header__title">{t("inbox.title")}</h1>
        <FolderTabs
          folders={folders}
          value={view.folder}
          numbers={numbers}
          onChange={(folder) => onViewChange({ ...view, folder })}
        />
        <InboxFilters
          value={view.filters}
          choices={choices}
          agentApplies={agentFilterApplies(view.folder)}
          onChange={(filters) => onViewChange({ ...view, filters })}
        />
      </div>
      {state.error && (
        <p className="banner banner--error" role="alert">
          {t("inbox.loadFailed", { reason: state.error })}
        </p>
      )}
      {!state.loaded && <p className="empty-state">{t("inbox.loading")}</p>}
      {state.loaded && state.items.length === 0 && !state.error && (
        <p className="empty-state">
          {view.folder === "all" && !filtered ? t("inbox.empty") : t("inbox.emptyFolder")}
        </p>
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
