/**
 * Keeps a view fresh: fetches at once, again soon after each matching change event (and when the stream
 * comes back, since events may have been missed), and otherwise polls slowly as a fallback — faster while
 * the stream is down.
 */
import { useEffect, useRef } from "react";
import type { LiveEvent } from "./live-event";
import { useLiveStatus, useLiveSubscribe } from "./live-updates";
import { createRefreshLoop } from "./refresh-loop";

/** The fallback poll while the stream is live: it only covers an event lost on the way. */
export const LIVE_FALLBACK_POLL_MS = 30_000;
/** The poll while the stream is down or not there at all. */
export const OFFLINE_POLL_MS = 5_000;
/** Events within this long of each other make one fetch. */
export const EVENT_DEBOUNCE_MS = 100;

/**
 * Restarts when `key` changes; stops (aborting the request in flight) on unmount. The task handles and
 * reports its own errors. `matches` picks the events that concern this view.
 */
export function useLiveRefresh(
  task: (signal: AbortSignal) => Promise<void>,
  key: string,
  matches: (event: LiveEvent) => boolean,
): void {
  const subscribe = useLiveSubscribe();
  const status = useLiveStatus();
  const latest = useRef({ task, matches, status });
  useEffect(() => {
    latest.current = { task, matches, status };
  });

  useEffect(() => {
    const loop = createRefreshLoop({
      run: (signal) => latest.current.task(signal),
      intervalMs: () => (latest.current.status === "live" ? LIVE_FALLBACK_POLL_MS : OFFLINE_POLL_MS),
      debounceMs: EVENT_DEBOUNCE_MS,
    });
    loop.start();
    const unsubscribe = subscribe((signal) => {
      if (signal.type === "stream.opened" || signal.type === "stream.lost" || latest.current.matches(signal))
        loop.poke();
    });
    return () => {
      unsubscribe();
      loop.stop();
    };
  }, [key, subscribe]);
}
