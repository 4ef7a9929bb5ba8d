/**
 * The job queue contract: one vitest suite every `JobQueue` adapter must pass. The factory gives a queue
 * on fresh, empty storage with short retry backoff (around 10–100 ms) and fast polling.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RetryLaterError } from "./job-queue.js";
import type { JobContext, JobHandlers, JobQueue } from "./job-queue.js";

export interface ContractQueue {
  queue: JobQueue;
  cleanup(): Promise<void>;
}

/** Registers the shared suite under `name`; `makeQueue` is called once per test. */
export function describeJobQueueContract(name: string, makeQueue: () => Promise<ContractQueue>): void {
  describe(`${name} honours the job queue contract`, () => {
    let setup: ContractQueue;
    let queue: JobQueue;
    beforeEach(async () => {
      setup = await makeQueue();
      queue = setup.queue;
    });
    afterEach(async () => {
      await setup.cleanup();
    });

    it("runs an enqueued job with its payload and attempt 1", async () => {
      const seen: Array<[string, JobContext]> = [];
      queue.startWorker(
        handlers(async ({ messageId }, context) => void seen.push([messageId, context])),
        { concurrency: 2 },
      );
      await queue.enqueue("send-message", { messageId: "m-1" });
      await waitFor(() => seen.length === 1);
      expect(seen).toEqual([["m-1", { attempt: 1, maxAttempts: 8 }]]);
      await waitFor(async () => (await queue.countPending()) === 0);
    });

    it("runs each job of enqueueMany once with its own payload, equal payloads included", async () => {
      const seen: string[] = [];
      queue.startWorker(
        handlers(async ({ messageId }) => void seen.push(messageId)),
        { concurrency: 3 },
      );
      const ids = ["a", "b", "same", "c", "same"];
      await queue.enqueueMany(
        "send-message",
        ids.map((messageId) => ({ messageId })),
      );
      await queue.enqueueMany("send-message", []);
      await waitFor(() => seen.length === ids.length);
      await waitFor(async () => (await queue.countPending()) === 0);
      expect([...seen].sort()).toEqual([...ids].sort());
    });

    it("runs a delayed job, not before its delay", async () => {
      const ranAt: number[] = [];
      queue.startWorker(
        handlers(async () => void ranAt.push(Date.now())),
        { concurrency: 1 },
      );
      const enqueuedAt = Date.now();
      await queue.enqueue("send-message", { messageId: "later" }, { delayMs: 400 });
      await waitFor(() => ranAt.length === 1);
      expect(ranAt[0]! - enqueuedAt).toBeGreaterThanOrEqual(400);
    });

    it("retries a failing job and passes the attempt number until it succeeds", async () => {
      const attempts: JobContext[] = [];
      queue.startWorker(
        handlers(async (_payload, context) => {
          attempts.push(context);
          if (context.attempt < 3) throw new Error(`platform down (attempt ${context.attempt})`);
        }),
        { concurrency: 1 },
      );
      await queue.enqueue("send-message", { messageId: "flaky" }, { maxAttempts: 5 });
      await waitFor(() => attempts.length === 3);
      await waitFor(async () => (await queue.countPending()) === 0);
      expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
      expect(attempts.every((a) => a.maxAttempts === 5)).toBe(true);
      expect(await queue.listDead(10)).toEqual([]);
    });

    it("dead-letters a job after its last attempt and lists it with the last error", async () => {
      let calls = 0;
      queue.startWorker(
        handlers(async (_payload, context) => {
          calls += 1;
          throw new Error(`template rejected (attempt ${context.attempt})`);
        }),
        { concurrency: 1 },
      );
      const before = Date.now();
      await queue.enqueue("send-message", { messageId: "doomed" }, { maxAttempts: 2 });
      const dead = await waitForDead(queue, 1);
      expect(dead).toEqual([
        {
          id: expect.any(String),
          name: "send-message",
          payload: { messageId: "doomed" },
          attempts: 2,
          lastError: "template rejected (attempt 2)",
          failedAt: expect.any(Number),
        },
      ]);
      expect(dead[0]!.failedAt).toBeGreaterThanOrEqual(before);
      expect(calls).toBe(2);
      expect(await queue.countPending()).toBe(0);
    });

    it("replays a dead job with fresh attempts", async () => {
      let healthy = false;
      const attempts: number[] = [];
      queue.startWorker(
        handlers(async (_payload, context) => {
          attempts.push(context.attempt);
          if (!healthy) throw new Error("down");
        }),
        { concurrency: 1 },
      );
      await queue.enqueue("send-message", { messageId: "again" }, { maxAttempts: 1 });
      const [dead] = await waitForDead(queue, 1);
      healthy = true;
      expect(await queue.replayDead(dead!.id)).toBe(true);
      await waitFor(() => attempts.length === 2);
      expect(attempts).toEqual([1, 1]);
      await waitFor(async () => (await queue.countPending()) === 0);
      expect(await queue.listDead(10)).toEqual([]);
      expect(await queue.replayDead(dead!.id)).toBe(false);
      expect(await queue.replayDead("987654")).toBe(false);
      expect(await queue.replayDead("no-such-job")).toBe(false);
    });

    it("waits at least the delay of a RetryLaterError before the next attempt", async () => {
      const ranAt: number[] = [];
      queue.startWorker(
        handlers(async () => {
          ranAt.push(Date.now());
          if (ranAt.length === 1) throw new RetryLaterError("rate limited", 400);
        }),
        { concurrency: 1 },
      );
      await queue.enqueue("send-message", { messageId: "throttled" });
      await waitFor(() => ranAt.length === 2);
      expect(ranAt[1]! - ranAt[0]!).toBeGreaterThanOrEqual(400);
    });

    it("never runs more jobs at once than its concurrency", async () => {
      let running = 0;
      let most = 0;
      let done = 0;
      queue.startWorker(
        handlers(async () => {
          running += 1;
          most = Math.max(most, running);
          await sleep(15);
          running -= 1;
          done += 1;
        }),
        { concurrency: 3 },
      );
      await enqueueMany(queue, 24);
      await waitFor(() => done === 24);
      expect(most).toBe(3);
    });

    it("lets stop() wait for the job under way", async () => {
      let release: () => void = () => {};
      let started = false;
      let finished = false;
      queue.startWorker(
        handlers(async () => {
          started = true;
          await new Promise<void>((resolve) => (release = resolve));
          finished = true;
        }),
        { concurrency: 1 },
      );
      await queue.enqueue("send-message", { messageId: "slow" });
      await waitFor(() => started);
      let stopped = false;
      const stopping = queue.stop().then(() => (stopped = true));
      await sleep(100);
      expect(stopped).toBe(false);
      release();
      await stopping;
      expect(finished).toBe(true);
    });

    it("runs jobs that were enqueued before the worker started", async () => {
      await enqueueMany(queue, 5);
      expect(await queue.countPending()).toBe(5);
      const seen = new Set<string>();
      queue.startWorker(
        handlers(async ({ messageId }) => void seen.add(messageId)),
        { concurrency: 2 },
      );
      await waitFor(() => seen.size === 5);
      await waitFor(async () => (await queue.countPending()) === 0);
    });

    it("refuses to start when a job has no handler, naming it", async () => {
      const noop = async () => {};
      const partial = { "send-message": noop, "process-webhook-event": noop } as unknown as JobHandlers;
      expect(() => queue.startWorker(partial, { concurrency: 1 })).toThrow(/download-media/);
    });

    it("runs each of 2000 jobs exactly once when nothing fails", async () => {
      const runs = new Map<string, number>();
      queue.startWorker(
        handlers(async ({ messageId }) => void runs.set(messageId, (runs.get(messageId) ?? 0) + 1)),
        { concurrency: 16 },
      );
      await enqueueMany(queue, 2000);
      await waitFor(() => runs.size === 2000, 20_000);
      await waitFor(async () => (await queue.countPending()) === 0, 10_000);
      expect([...runs.values()].every((count) => count === 1)).toBe(true);
    });
  });
}

/** Handlers where only `send-message` does something; the others must not be called. */
export function handlers(sendMessage: JobHandlers["send-message"]): JobHandlers {
  const unexpected = async () => {
    throw new Error("This test enqueues send-message jobs only");
  };
  return {
    "send-message": sendMessage,
    "process-webhook-event": unexpected,
    "download-media": unexpected,
    "bot-timer": unexpected,
    "bot-http-request": unexpected,
  };
}

/** Enqueues `count` send-message jobs `m-0` … with a few in flight at a time. */
export async function enqueueMany(queue: JobQueue, count: number): Promise<void> {
  const ids = Array.from({ length: count }, (_, i) => `m-${i}`);
  for (let start = 0; start < ids.length; start += 50) {
    await Promise.all(
      ids.slice(start, start + 50).map((messageId) => queue.enqueue("send-message", { messageId })),
    );
  }
}

/** Polls `condition` every 10 ms until it holds; fails the test after `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await sleep(10);
  }
}

async function waitForDead(queue: JobQueue, count: number) {
  let dead = await queue.listDead(10);
  await waitFor(async () => (dead = await queue.listDead(10)).length === count);
  return dead;
}
