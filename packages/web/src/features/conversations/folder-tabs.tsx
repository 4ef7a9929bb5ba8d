/** The inbox's folders (Mine, Unassigned, In progress, Closed, All), each with its count and unread count. */
import { useI18n } from "../../i18n/i18n-context";
import type { Folder } from "./inbox-folders";
import type { FolderNumbers } from "./use-folder-counts";

export const folderKeys = {
  mine: "inbox.folder.mine",
  unassigned: "inbox.folder.unassigned",
  in_progress: "inbox.folder.inProgress",
  closed: "inbox.folder.closed",
  all: "inbox.folder.all",
} as const;

interface FolderTabsProps {
  folders: readonly Folder[];
  value: Folder;
  numbers: FolderNumbers | null;
  onChange(folder: Folder): void;
}

export function FolderTabs({ folders, value, numbers, onChange }: FolderTabsProps) {
  const { t } = useI18n();
  return (
    <div className="chips folder-tabs" role="group" aria-label={t("inbox.folderLabel")}>
      {folders.map((folder) => {
        const counted = numbers?.[folder];
        return (
          <button
            key={folder}
            type="button"
            className="chip folder-tab"
            data-testid="inbox-folder"
            data-folder={folder}
            aria-pressed={value === folder}
            onClick={() => onChange(folder)}
          >
            {t(folderKeys[folder])}
            {counted !== undefined && (
              <span className="folder-tab__count" data-testid="inbox-folder-count">
                {counted.total}
              </span>
            )}
            {counted !== undefined && counted.unread > 0 && (
              <span
                className="folder-tab__unread"
                data-testid="inbox-folder-unread"
                title={t("inbox.unreadCount", { n: counted.unread })}
              >
                {counted.unread}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
