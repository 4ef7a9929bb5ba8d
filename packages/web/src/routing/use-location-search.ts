/**
 * The address's search part (`?folder=…&channel=…`) as state: changing it replaces the address (no new
 * history entry per filter click); back and forward read it again.
 */
import { useCallback, useEffect, useState } from "react";

export function useLocationSearch(): [string, (search: string) => void] {
  const [search, setSearchState] = useState(() => window.location.search);
  useEffect(() => {
    const onPopState = () => setSearchState(window.location.search);
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);
  const setSearch = useCallback((next: string) => {
    if (next !== window.location.search) {
      window.history.replaceState(null, "", `${window.location.pathname}${next}${window.location.hash}`);
    }
    setSearchState(next);
  }, []);
  return [search, setSearch];
}
