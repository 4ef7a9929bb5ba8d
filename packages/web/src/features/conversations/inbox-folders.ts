/**
 * The inbox's folders and filters, pure: which folders a role sees, the list query and the count of each
 * folder, and how both travel in the address (`?folder=unassigned&channel=line&storeId=…&tag=…&agent=…`).
 */
import type { ConversationQuery, StatusCounts } from "../../api/inbox-api";

export const FOLDERS = ["mine", "unassigned", "in_progress", "closed", "all"] as const;
export type Folder = (typeof FOLDERS)[number];

export interface InboxFilters {
  channel?: string;
  storeId?: string;
  tag?: string;
  /** A user id: conversations assigned to them (not in Mine and Unassigned, which say whose they are). */
  agentId?: string;
}

export interface InboxView {
  folder: Folder;
  filters: InboxFilters;
}

/** The three counts requests behind every folder: all of them, assigned to me, assigned to nobody. */
export interface FolderCountSources {
  all: StatusCounts;
  mine: StatusCounts;
  none: StatusCounts;
}

/** Every role sees Mine, Unassigned, In progress and Closed; only admins see All. */
export function foldersFor(role: string | undefined): Folder[] {
  return role === "admin" ? [...FOLDERS] : FOLDERS.filter((folder) => folder !== "all");
}

/** Admins start in All (bot conversations too); everyone else in Mine. */
export function defaultFolder(role: string | undefined): Folder {
  return role === "admin" ? "all" : "mine";
}

/** Whether the agent filter applies in this folder (Mine and Unassigned already say who). */
export function agentFilterApplies(folder: Folder): boolean {
  return folder !== "mine" && folder !== "unassigned";
}

/** The filters alone, as the counts take them (no folder, no status). */
export function filterQuery(filters: InboxFilters, folder?: Folder): ConversationQuery {
  return {
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.storeId ? { storeId: filters.storeId } : {}),
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(filters.agentId && (folder === undefined || agentFilterApplies(folder))
      ? { assigned: filters.agentId }
      : {}),
  };
}

/** The list query of a folder with the filters. */
export function folderQuery(folder: Folder, filters: InboxFilters): ConversationQuery {
  const base = filterQuery(filters, folder);
  switch (folder) {
    case "mine":
      return { ...base, assigned: "me" };
    case "unassigned":
      return { ...base, status: "pending", assigned: "none" };
    case "in_progress":
      return { ...base, status: "in_progress" };
    case "closed":
      return { ...base, status: "closed" };
    case "all":
      return base;
  }
}

const sum = (counts: StatusCounts) => counts.bot + counts.pending + counts.in_progress + counts.closed;

/** A folder's number: Mine counts what is still open; the others count exactly what they list. */
export function folderCount(folder: Folder, sources: FolderCountSources): number {
  switch (folder) {
    case "mine":
      return sources.mine.bot + sources.mine.pending + sources.mine.in_progress;
    case "unassigned":
      return sources.none.pending;
    case "in_progress":
      return sources.all.in_progress;
    case "closed":
      return sources.all.closed;
    case "all":
      return sum(sources.all);
  }
}

const FILTER_PARAMS = { channel: "channel", storeId: "storeId", tag: "tag", agentId: "agent" } as const;

/** Pure: the folder and filters an address's search part names; unknown folders give the default. */
export function parseInboxSearch(search: string, fallback: Folder): InboxView {
  const params = new URLSearchParams(search);
  const named = params.get("folder");
  const folder = FOLDERS.find((f) => f === named) ?? fallback;
  const filters: InboxFilters = {};
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [keyof InboxFilters, string][]) {
    const value = params.get(param);
    if (value !== null && value !== "") filters[key] = value;
  }
  return { folder, filters };
}

/** Pure: the search part for a folder and filters (`""` when nothing is chosen). */
export function inboxSearchOf(view: { folder: Folder | null; filters: InboxFilters }): string {
  const params = new URLSearchParams();
  if (view.folder !== null) params.set("folder", view.folder);
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [keyof InboxFilters, string][]) {
    const value = view.filters[key];
    if (value) params.set(param, value);
  }
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}
