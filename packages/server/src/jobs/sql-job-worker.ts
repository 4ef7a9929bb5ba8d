/**
 * The worker loop of the SQL-table queue: runs the jobs this process handed it (stored already claimed by
 * it, see `accept`) and claims due jobs in batches up to its free concurrency, runs their handlers, deletes
 * finished jobs in batches and schedules retries. Sleeps only when nothing is due.
 */
import type { Clock } from "@switchboard/core";
import { yieldToEventLoop } from "../event-loop.js";
import { isJobName, runJobHandler } from "./job-queue.js";
import type { JobContext, JobHandlers, JobName, JobPayloads } from "./job-queue.js";
import { retryDelayMs } from "./retry-delay.js";
import type { BackoffPolicy } from "./retry-delay.js";
import type { ClaimedJob, SqlJobStore } from "./sql-job-store.js";
import { WakeSignal } from "./wake-signal.js";

export interface SqlJobWorkerSettings {
  store: SqlJobStore;
  handlers: JobHandlers;
  concurrency: number;
  clock: Clock;
  workerId: string;
  pollIntervalMs: number;
  lockMs: number;
  backoff: BackoffPolicy;
  onError: (error: unknown) => void;
}

/** One running worker. Created by `SqlJobQueue.startWorker`, ended by `stop()`. */
export class SqlJobWorker {
  private readonly signal = new WakeSignal();
  private readonly running = new Map<number, Promise<void>>();
  /** Jobs handed over by this process, stored as claimed by this worker, not started yet. */
  private ready: ClaimedJob[] = [];
  private finished: number[] = [];
  private deleting: Promise<void> | undefined;
  private upkeep: Promise<void> | undefined;
  private upkeepTimer: NodeJS.Timeout | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private waitingForSlot = false;
  // While set, an idle worker looks again after this many ms (doubling) instead of the poll interval.
  private quickLookMs: number | undefined;
  // Set when the table may hold due jobs this worker was not handed (wake, a full claim); cleared by a
  // claim that found fewer than it asked for.
  private tableMayHaveWork = true;
  private lastClaimAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly settings: SqlJobWorkerSettings) {}

  start(): void {
    const { lockMs } = this.settings;
    // Renewing locks well before they lapse keeps a slow handler's job from being taken by another worker.
    this.upkeepTimer = setInterval(() => this.runUpkeep(), Math.max(10, Math.floor(lockMs / 3)));
    this.upkeepTimer.unref();
    this.loop = this.run();
  }

  /** A job became due in this process: look now rather than at the next poll. */
  wake(): void {
    this.tableMayHaveWork = true;
    this.signal.notify();
  }

  /** Whether this worker takes handed-over jobs now (not while stopping, nor with a backlog of them). */
  takesHandoffs(): boolean {
    return !this.stopping && this.ready.length < this.settings.concurrency * READY_PER_SLOT;
  }

  /**
   * A job this process stored already claimed by this worker, now committed: run it without claiming it.
   * A stopping worker gives it back to the table.
   */
  accept(job: ClaimedJob): void {
    if (this.stopping) {
      void this.releaseJobs([job]);
      return;
    }
    this.ready.push(job);
    this.signal.notify();
  }

  /**
   * A job was enqueued in a transaction that has not committed yet, so looking now may not find it. Look
   * now and again after 1, 2, 4 … ms until the poll interval takes over.
   */
  wakeAfterCommit(): void {
    this.quickLookMs = 1;
    this.tableMayHaveWork = true;
    this.signal.notify();
  }

  /** Stops claiming, waits for the running handlers and deletes what they finished. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.upkeepTimer);
    this.signal.notify();
    await this.loop;
    const notStarted = this.ready;
    this.ready = [];
    await this.releaseJobs(notStarted);
    await Promise.all(this.running.values());
    this.deleteFinished();
    await this.deleting;
    await this.upkeep;
  }

  private async run(): Promise<void> {
    this.runUpkeep();
    await this.upkeep;
    const { concurrency, pollIntervalMs } = this.settings;
    while (!this.stopping) {
      let free = concurrency - this.running.size;
      if (free <= 0) {
        this.waitingForSlot = true;
        await this.signal.wait();
        this.waitingForSlot = false;
        continue;
      }
      this.signal.clear();
      // Handed-over jobs need no claim; the table is still looked at when told to, and at least once per
      // poll interval, so retries and other processes' jobs are not starved by a steady stream of handoffs.
      // Real time (not the queue's clock, which sets due times): the poll interval is about this loop.
      const now = Date.now();
      if (
        this.tableMayHaveWork ||
        this.quickLookMs !== undefined ||
        now - this.lastClaimAt >= pollIntervalMs
      ) {
        this.lastClaimAt = now;
        this.tableMayHaveWork = false;
        const claimed = await this.claim(free);
        for (const job of claimed) this.begin(job);
        // A full batch means more may be due: claim again as soon as a slot frees, without sleeping.
        if (claimed.length === free) this.tableMayHaveWork = true;
        free -= claimed.length;
      }
      const handed = this.ready.splice(0, free);
      for (const job of handed) this.begin(job);
      if (free - handed.length > 0 && !this.tableMayHaveWork) {
        const untilPoll = Math.max(1, this.lastClaimAt + pollIntervalMs - Date.now());
        await this.signal.wait(Math.min(this.idleWaitMs(pollIntervalMs), untilPoll));
      }
    }
  }

  private idleWaitMs(pollIntervalMs: number): number {
    const quick = this.quickLookMs;
    if (quick === undefined || quick >= pollIntervalMs) {
      this.quickLookMs = undefined;
      return pollIntervalMs;
    }
    this.quickLookMs = quick * 2;
    return quick;
  }

  private async claim(limit: number): Promise<ClaimedJob[]> {
    const { store, clock, workerId, lockMs } = this.settings;
    const now = clock.now();
    try {
      return await store.claim(limit, workerId, now, now + lockMs);
    } catch (error) {
      this.settings.onError(error);
      return [];
    }
  }

  private begin(job: ClaimedJob): void {
    // Each job starts on its own turn of the event loop, so waiting HTTP requests (webhooks to acknowledge)
    // are served between jobs instead of after a whole batch.
    const done = yieldToEventLoop()
      .then(() => this.execute(job))
      .finally(() => {
        this.running.delete(job.id);
        if (this.waitingForSlot) this.signal.notify();
      });
    this.running.set(job.id, done);
  }

  /** Never rejects: a handler's error is recorded on the job, a database error goes to `onError`. */
  private async execute(job: ClaimedJob): Promise<void> {
    try {
      await invoke(this.settings.handlers, job, { attempt: job.attempt, maxAttempts: job.maxAttempts });
    } catch (error) {
      await this.recordFailure(job, error);
      return;
    }
    this.finished.push(job.id);
    this.deleteFinished();
  }

  private async recordFailure(job: ClaimedJob, error: unknown): Promise<void> {
    const { store, clock, workerId, backoff } = this.settings;
    const now = clock.now();
    const retryAt =
      job.attempt >= job.maxAttempts ? undefined : now + retryDelayMs(job.attempt, error, backoff);
    try {
      await store.fail(job.id, workerId, errorMessage(error), retryAt, now);
    } catch (failure) {
      // The job keeps its lock until it lapses, then another worker runs it again.
      this.settings.onError(failure);
    }
  }

  /** Gives jobs this worker holds but never started back to the table. */
  private async releaseJobs(jobs: readonly ClaimedJob[]): Promise<void> {
    if (jobs.length === 0) return;
    const { store, clock, workerId, onError } = this.settings;
    try {
      await store.release(
        jobs.map((job) => job.id),
        workerId,
        clock.now(),
      );
    } catch (error) {
      // Their locks lapse and any worker runs them then.
      onError(error);
    }
  }

  /**
   * Deletes finished jobs. They gather for a few milliseconds first, and jobs that finish while a delete is
   * under way wait for the next one, so under load one statement removes many rows.
   */
  private deleteFinished(): void {
    if (this.deleting !== undefined || this.finished.length === 0) return;
    this.deleting = (async () => {
      if (!this.stopping) await new Promise((resolve) => setTimeout(resolve, FINISHED_GATHER_MS));
      while (this.finished.length > 0) {
        const ids = this.finished;
        this.finished = [];
        try {
          await this.settings.store.deleteFinished(ids);
        } catch (error) {
          // Their locks lapse and the jobs run again: at least once, never lost.
          this.settings.onError(error);
        }
      }
    })().finally(() => {
      this.deleting = undefined;
    });
  }

  /** Renews the locks of running jobs and reclaims jobs whose worker died; one round at a time. */
  private runUpkeep(): void {
    if (this.upkeep !== undefined) return;
    const { store, clock, workerId, lockMs, onError } = this.settings;
    this.upkeep = (async () => {
      try {
        const now = clock.now();
        const held = [...this.running.keys(), ...this.ready.map((job) => job.id)];
        if (held.length > 0) await store.renewLocks(held, workerId, now + lockMs);
        if ((await store.reclaimExpired(now)) > 0) this.signal.notify();
      } catch (error) {
        onError(error);
      }
    })().finally(() => {
      this.upkeep = undefined;
    });
  }
}

/**
 * Handed-over jobs wait at most this many per slot of concurrency; beyond, jobs go through the table, where
 * any worker (another process's too) may claim them.
 */
const READY_PER_SLOT = 64;

/**
 * Finished jobs gather this long before one statement deletes them all. A crash in between runs them
 * again, which at-least-once handlers are written for.
 */
const FINISHED_GATHER_MS = 10;

async function invoke(handlers: JobHandlers, job: ClaimedJob, context: JobContext): Promise<void> {
  if (!isJobName(job.name)) throw new Error(`No handler for job "${job.name}" in this version`);
  // Written by `enqueue` from the typed payload map; each handler parses its payload with zod again.
  const payload: JobPayloads[JobName] = JSON.parse(job.payload);
  await runJobHandler(handlers, job.name, payload, context);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
