import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRefreshLoop } from "./refresh-loop";
import type { RefreshLoop } from "./refresh-loop";

describe("createRefreshLoop", () => {
  let loop: RefreshLoop | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    loop?.stop();
    vi.useRealTimers();
  });

  /** A loop whose fetches finish when the test says so. */
  function setup(intervalMs = 30_000) {
    const runs: Array<{ signal: AbortSignal; finish(): void }> = [];
    loop = createRefreshLoop({
      run: (signal) => new Promise<void>((resolve) => runs.push({ signal, finish: resolve })),
      intervalMs: () => intervalMs,
      debounceMs: 100,
    });
    return { loop, runs };
  }

  const finish = async (run: { finish(): void } | undefined) => {
    run?.finish();
    await vi.advanceTimersByTimeAsync(0);
  };

  it("fetches at once, then again every interval after the last fetch ended", async () => {
    const { loop, runs } = setup(30_000);
    loop.start();
    expect(runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toHaveLength(1);
    await finish(runs[0]);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toHaveLength(2);
  });

  it("makes one fetch of a burst of pokes, soon after the first", async () => {
    const { loop, runs } = setup();
    loop.start();
    await finish(runs[0]);
    loop.poke();
    await vi.advanceTimersByTimeAsync(50);
    loop.poke();
    loop.poke();
    await vi.advanceTimersByTimeAsync(49);
    expect(runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toHaveLength(2);
    await finish(runs[1]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toHaveLength(2);
  });

  it("fetches once more after a fetch that was poked while it ran", async () => {
    const { loop, runs } = setup();
    loop.start();
    loop.poke();
    loop.poke();
    await finish(runs[0]);
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toHaveLength(2);
    await finish(runs[1]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toHaveLength(2);
  });

  it("keeps going after a fetch that failed", async () => {
    const runs: number[] = [];
    loop = createRefreshLoop({
      run: async () => {
        runs.push(runs.length);
        throw new Error("the server could not be reached");
      },
      intervalMs: () => 5000,
      debounceMs: 100,
    });
    loop.start();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toEqual([0, 1]);
  });

  it("aborts the fetch in flight when stopped, and fetches no more", async () => {
    const { loop, runs } = setup(1000);
    loop.start();
    loop.stop();
    expect(runs[0]?.signal.aborted).toBe(true);
    loop.poke();
    await finish(runs[0]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toHaveLength(1);
  });
});
