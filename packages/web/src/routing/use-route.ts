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
    const path = pathOf(next);
    if (path !== window.location.pathname) window.history.pushState(null, "", path);
    setRoute(next);
  }, []);

  return { route, navigate };
}
