/** The console's few addresses. Paths are real (the server falls back to index.html for them). */
export type Route = { page: "inbox"; conversationId: string | null } | { page: "channel-accounts" };

/** Pure: a location pathname → the page it shows; unknown paths show the inbox. */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split("/").filter((part) => part !== "");
  if (parts[0] === "channel-accounts" && parts.length === 1) return { page: "channel-accounts" };
  if (parts[0] === "conversations" && parts[1] !== undefined && parts.length === 2) {
    return { page: "inbox", conversationId: decodeURIComponent(parts[1]) };
  }
  return { page: "inbox", conversationId: null };
}

/** Pure: the pathname of a page. */
export function pathOf(route: Route): string {
  if (route.page === "channel-accounts") return "/channel-accounts";
  return route.conversationId === null ? "/" : `/conversations/${encodeURIComponent(route.conversationId)}`;
}
