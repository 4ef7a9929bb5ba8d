/**
 * The inbox: folders, filters and the conversation list on the left (the address keeps the folder and
 * filters), the selected conversation on the right, and the keyboard shortcuts (`?` lists them).
 */
import { useCallback, useState } from "react";
import { useInboxApi } from "../../api/inbox-api";
import { useI18n } from "../../i18n/i18n-context";
import { useNavigate } from "../../routing/navigation";
import { useLocationSearch } from "../../routing/use-location-search";
import { useCurrentActor } from "../inbox-access/current-actor";
import { ConversationList } from "./conversation-list";
import { ConversationView } from "./conversation-view";
import { defaultFolder, foldersFor, inboxSearchOf, parseInboxSearch, type InboxView } from "./inbox-folders";
import { neighbourId, type ShortcutAction } from "./inbox-shortcuts";
import { folderQuery } from "./inbox-folders";
import { ShortcutHelp } from "./shortcut-help";
import { useConversations } from "./use-conversations";
import { useFilterChoices } from "./use-filter-choices";
import { useFolderCounts } from "./use-folder-counts";
import { useInboxShortcuts } from "./use-inbox-shortcuts";

export function InboxPage({ conversationId }: { conversationId: string | null }) {
  const { t } = useI18n();
  const api = useInboxApi();
  const navigate = useNavigate();
  const actor = useCurrentActor();
  const [search, setSearch] = useLocationSearch();
  const view = parseInboxSearch(search, defaultFolder(actor.role));
  const folders = foldersFor(actor.role);
  const conversations = useConversations(folderQuery(view.folder, view.filters));
  const numbers = useFolderCounts(view.filters);
  const choices = useFilterChoices();
  const [helpOpen, setHelpOpen] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const selected = conversations.items.find((conversation) => conversation.id === conversationId);

  const changeView = (next: InboxView) => setSearch(inboxSearchOf(next));

  const onShortcut = (action: ShortcutAction) => {
    if (action === "help") return setHelpOpen(true);
    if (action === "next" || action === "previous") {
      const ids = conversations.items.map((conversation) => conversation.id);
      const target = neighbourId(ids, conversationId, action === "next" ? 1 : -1);
      if (target !== null) navigate({ page: "inbox", conversationId: target });
      return;
    }
    if (action === "focusComposer") {
      document.getElementById("composer-input")?.focus();
      return;
    }
    if (conversationId === null) return;
    const change = action === "take" ? { status: "in_progress" as const } : { status: "closed" as const };
    setActionError(null);
    api.changeOwnership(conversationId, change).catch((error: unknown) => {
      setActionError(error instanceof Error ? error.message : String(error));
    });
  };
  useInboxShortcuts(onShortcut);
  const closeHelp = useCallback(() => setHelpOpen(false), []);

  return (
    <div className={`inbox ${conversationId === null ? "inbox--list" : "inbox--thread"}`}>
      <aside className="inbox__list" aria-label={t("inbox.title")}>
        <ConversationList
          state={conversations}
          onShowMore={conversations.showMore}
          view={view}
          folders={folders.includes(view.folder) ? folders : [...folders, view.folder]}
          numbers={numbers}
          choices={choices}
          onViewChange={changeView}
          selectedId={conversationId}
        />
      </aside>
      <div className="inbox__thread">
        {actionError !== null && (
          <p className="banner banner--error" role="alert" data-testid="inbox-action-error">
            {t("conversationActions.failed", { reason: actionError })}
          </p>
        )}
        {conversationId === null ? (
          <div className="inbox__placeholder">
            <span className="inbox__placeholder-icon" aria-hidden="true">
              💬
            </span>
            <p>{t("inbox.selectPrompt")}</p>
            <p className="inbox__shortcut-hint">{t("shortcuts.hint")}</p>
          </div>
        ) : (
          <ConversationView
            key={conversationId}
            conversationId={conversationId}
            fromList={selected}
            users={choices.users}
          />
        )}
      </div>
      {helpOpen && <ShortcutHelp onClose={closeHelp} />}
    </div>
  );
}
