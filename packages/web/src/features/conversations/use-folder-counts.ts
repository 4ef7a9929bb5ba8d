/**
 * Each folder's count and unread count for the current filters: three count requests (all, assigned to
 * me, assigned to nobody) and the same three for unread, fetched again when a conversation changes.
 */
import { useState } from "react";
import { isAbort } from "../../api/error-text";
import { useInboxApi } from "../../api/inbox-api";
import { useLiveRefresh } from "../../api/use-live-refresh";
import { filterQuery, folderCount, type Folder, type InboxFilters } from "./inbox-folders";

export type FolderNumbers = Record<Folder, { total: number; unread: number }>;

export function useFolderCounts(filters: InboxFilters): FolderNumbers | null {
  const api = useInboxApi();
  const [numbers, setNumbers] = useState<FolderNumbers | null>(null);

  useLiveRefresh(
    async (signal) => {
      const base = filterQuery(filters);
      const withoutAgent = filterQuery({ ...filters, agentId: undefined });
      const ask = (counts: typeof api.counts) =>
        Promise.all([
          counts(base, signal),
          counts({ ...withoutAgent, assigned: "me" }, signal),
          counts({ ...withoutAgent, assigned: "none" }, signal),
        ]).then(([all, mine, none]) => ({ all, mine, none }));
      try {
        const [total, unread] = await Promise.all([ask(api.counts), ask(api.unreadCounts)]);
        const of = (folder: Folder) => ({
          total: folderCount(folder, total),
          unread: folderCount(folder, unread),
        });
        const next: FolderNumbers = {
          mine: of("mine"),
          unassigned: of("unassigned"),
          in_progress: of("in_progress"),
          closed: of("closed"),
          all: of("all"),
        };
        setNumbers((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
      } catch (error) {
        if (!isAbort(error, signal)) setNumbers(null);
      }
    },
    JSON.stringify(filters),
    (event) => event.type === "conversation.changed",
  );
  return numbers;
}
