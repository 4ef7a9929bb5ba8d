/** Runs a task now and again `intervalMs` after each run ends, so slow answers never pile up. */
import { useEffect, useRef } from "react";

/**
 * Restarts when `key` changes; stops (aborting the request in flight) on unmount. The task handles and
 * reports its own errors; a rejection only ends that one run.
 */
export function usePolling(
  task: (signal: AbortSignal) => Promise<void>,
  intervalMs: number,
  key: string,
): void {
  const latest = useRef(task);
  useEffect(() => {
    latest.current = task;
  });

  useEffect(() => {
    const controller = new AbortController();
    let timer: number | undefined;
    const run = async () => {
      try {
        await latest.current(controller.signal);
      } catch {
        // Reported by the task.
      }
      if (!controller.signal.aborted) timer = window.setTimeout(run, intervalMs);
    };
    void run();
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [intervalMs, key]);
}
