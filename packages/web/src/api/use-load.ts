/** Runs a page's load when it mounts and again whenever the load changes, cancelling the one in flight. */
import { useEffect } from "react";

/**
 * `load` must be memoized (`useCallback` over what it reads): a new function loads again. It handles and
 * reports its own errors; the signal aborts when the component leaves or before the next load.
 */
export function useLoad(load: (signal: AbortSignal) => Promise<void>): void {
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);
}
