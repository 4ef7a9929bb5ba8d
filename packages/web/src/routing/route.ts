/** The console's addresses. Paths are real (the server falls back to index.html for them). */
export type Route =
  | { page: "inbox"; conversationId: string | null }
  | { page: "channel-accounts" }
  | { page: "bots" }
  | { page: "bot"; botId: string }
  | { page: "automation" }
  | { page: "stores" }
  | { page: "saved-replies" }
  | { page: "people" }
  | { page: "reports" };

/** Pure: a location pathname → the page it shows; unknown paths show the inbox. */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split("/").filter((part) => part !== "");
  if (parts[0] === "channel-accounts" && parts.length === 1) return { page: "channel-accounts" };
  if (parts[0] === "automation" && parts.length === 1) return { page: "automation" };
  if (parts[0] === "stores" && parts.length === 1) return { page: "stores" };
  if (parts[0] === "saved-replies" && parts.length === 1) return { page: "saved-replies" };
  if (parts[0] === "people" && parts.length === 1) return { page: "people" };
  if (parts[0] === "reports" && parts.length === 1) return { page: "reports" };
  if (parts[0] === "bots" && parts.length === 1) return { page: "bots" };
  if (parts[0] === "bots" && parts[1] !== undefined && parts.length === 2) {
    return { page: "bot", botId: decodeURIComponent(parts[1]) };
  }
  if (parts[0] === "conversations" && parts[1] !== undefined && parts.length === 2) {
    return { page: "inbox", conversationId: decodeURIComponent(parts[1]) };
  }
  return { page: "inbox", conversationId: null };
}

/** Pure: the pathname of a page. */
export function pathOf(route: Route): string {
  switch (route.page) {
    case "channel-accounts":
      return "/channel-accounts";
    case "automation":
      return "/automation";
    case "stores":
      return "/stores";
    case "saved-replies":
      return "/saved-replies";
    case "people":
      return "/people";
    case "reports":
      return "/reports";
    case "bots":
      return "/bots";
    case "bot":
      return `/bots/${encodeURIComponent(route.botId)}`;
    case "inbox":
      return route.conversationId === null
        ? "/"
        : `/conversations/${encodeURIComponent(route.conversationId)}`;
  }
}
