/**
 * When a view fetches again: at once on start, soon after a poke (a change event, the stream coming back),
 * and otherwise every `intervalMs()` after the last fetch ended. Pokes during a fetch or close together
 * make one fetch, so a burst of events never piles up requests.
 */

export interface RefreshLoopOptions {
  /** One fetch. It reports its own errors; a rejection only ends that run. */
  run(signal: AbortSignal): Promise<void>;
  /** The wait between fetches when nothing pokes; read after each fetch. */
  intervalMs(): number;
  /** How long a poke waits for more pokes before fetching. */
  debounceMs: number;
}

export interface RefreshLoop {
  start(): void;
  /** Something changed: fetch soon. */
  poke(): void;
  /** Stops for good and aborts the fetch in flight. */
  stop(): void;
}

export function createRefreshLoop(options: RefreshLoopOptions): RefreshLoop {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The pending timer is a poke's (due soon), not the interval's. */
  let soon = false;
  let running = false;
  /** Poked while a fetch was running: fetch again right after it. */
  let again = false;

  const schedule = (ms: number, poked: boolean) => {
    clearTimeout(timer);
    soon = poked;
    timer = setTimeout(() => void runNow(), ms);
  };

  const runNow = async () => {
    if (controller.signal.aborted) return;
    clearTimeout(timer);
    timer = undefined;
    soon = false;
    running = true;
    again = false;
    try {
      await options.run(controller.signal);
    } catch {
      // Reported by the run itself.
    }
    running = false;
    if (controller.signal.aborted) return;
    if (again) schedule(options.debounceMs, true);
    else schedule(options.intervalMs(), false);
  };

  return {
    start: () => void runNow(),
    poke: () => {
      if (controller.signal.aborted) return;
      if (running) again = true;
      else if (!soon) schedule(options.debounceMs, true);
    },
    stop: () => {
      controller.abort();
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
