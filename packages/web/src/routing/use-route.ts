/** The current page, kept in step with the address bar (back and forward included). */
import { useCallback, useEffect, useState } from "react";
import { parseRoute, pathOf, type Route } from "./route";

export function useRoute(): { route: Route; navigate(route: Route): void } {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.pathname));

  useEffect(() => {
    const onPopState = () => setRoute(parseRoute(window.location.pathname));
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  const navigate = useCallback((next: Route) => {
    // Within the inbox the search part (folder and filters) stays as it is.
    const keepSearch = next.page === "inbox" && parseRoute(window.location.pathname).page === "inbox";
    const path = pathOf(next) + (keepSearch ? window.location.search : "");
    if (path !== window.location.pathname + window.location.search) window.history.pushState(null, "", path);
    setRoute(next);
  }, []);

  return { route, navigate };
}
