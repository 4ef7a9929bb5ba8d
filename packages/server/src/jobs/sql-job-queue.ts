/**
 * The embedded job queue: durable jobs in the `jobs` table of SQLite or PostgreSQL, no other server. Several
 * processes may share one PostgreSQL database; each claims with `FOR UPDATE SKIP LOCKED`.
 */
import { randomUUID } from "node:crypto";
import { systemClock } from "@switchboard/core";
import type { Clock } from "@switchboard/core";
import type { Kysely } from "kysely";
import type { DialectName } from "../db/dialect.js";
import type { Database } from "../db/schema.js";
import { assertEveryJobHandled, defaultMaxAttempts } from "./job-queue.js";
import type {
  DeadJob,
  EnqueueOptions,
  JobHandlers,
  JobName,
  JobPayloads,
  JobQueue,
  WorkerOptions,
} from "./job-queue.js";
import { defaultBackoff } from "./retry-delay.js";
import type { BackoffPolicy } from "./retry-delay.js";
import { SqlJobStore } from "./sql-job-store.js";
import { SqlJobWorker } from "./sql-job-worker.js";
import { afterCommit, tracksCommit } from "../db/after-commit.js";

export interface SqlJobQueueOptions {
  db: Kysely<Database>;
  dialect: DialectName;
  /**
   * PostgreSQL: where the worker's bookkeeping runs, on sessions with `synchronous_commit = off` (see
   * `OpenedDatabase.bookkeepingDb`). Without it each bookkeeping statement gets a transaction that sets it.
   */
  bookkeepingDb?: Kysely<Database>;
  clock?: Clock;
  /**
   * How long an idle worker sleeps before looking again, for jobs enqueued by other processes, delays
   * that ran out and retries. Jobs enqueued by this process wake it at once. Default 100 ms.
   */
  pollIntervalMs?: number;
  /** Retry backoff. Default 1 s doubling up to 5 minutes. */
  backoff?: BackoffPolicy;
  /** Written to `locked_by` on claimed jobs; must differ between processes. Default: a random UUID. */
  workerId?: string;
  /**
   * How long a claim lasts. Renewed while the handler runs; once it lapses (the process died) any worker
   * runs the job again. Default 30 s.
   */
  lockMs?: number;
  /** Errors of the queue itself (database unreachable…). Handler errors are kept on the job instead. */
  onError?: (error: unknown) => void;
}

/**
 * Jobs in the `jobs` table. `enqueue` inside `options.transaction` makes the job exist only if that
 * transaction commits. Finished jobs are deleted; failed ones retry with backoff, then stay as `dead`.
 * A job due now that this process enqueues goes straight to its own worker: stored already claimed by it
 * and handed over once the transaction commits (when the commit is announced, as the group commit does).
 * Otherwise a job enqueued here wakes the worker at once (inside a transaction it cannot see commit, the
 * worker looks again a few times over the next milliseconds); other processes poll.
 */
export class SqlJobQueue implements JobQueue {
  readonly transactional = true;
  private readonly store: SqlJobStore;
  private readonly clock: Clock;
  private readonly pollIntervalMs: number;
  private readonly backoff: BackoffPolicy;
  private readonly workerId: string;
  private readonly lockMs: number;
  private readonly onError: (error: unknown) => void;
  private worker: SqlJobWorker | undefined;

  constructor(options: SqlJobQueueOptions) {
    this.store = new SqlJobStore(options.db, options.dialect, options.bookkeepingDb);
    this.clock = options.clock ?? systemClock;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.backoff = options.backoff ?? defaultBackoff;
    this.workerId = options.workerId ?? randomUUID();
    this.lockMs = options.lockMs ?? 30_000;
    this.onError = options.onError ?? ((error) => console.error("Job queue error", error));
  }

  enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    return this.enqueueMany(name, [payload], options);
  }

  /** One statement stores them all on PostgreSQL; on SQLite, one prepared insert each. */
  async enqueueMany<N extends JobName>(
    name: N,
    payloads: readonly JobPayloads[N][],
    options: EnqueueOptions = {},
  ): Promise<void> {
    if (payloads.length === 0) return;
    const now = this.clock.now();
    const delayMs = Math.max(0, options.delayMs ?? 0);
    const jobs = payloads.map((payload) => ({
      name,
      payload: JSON.stringify(payload),
      runAt: now + delayMs,
      maxAttempts: options.maxAttempts ?? defaultMaxAttempts,
      now,
    }));
    const transaction = options.transaction;
    const worker = this.worker;
    // Due now, with this process's worker free to take them, and a commit that will be known: store them
    // claimed by that worker and hand them over on commit, with no claim and no look at the table.
    const handOver =
      delayMs === 0 &&
      worker?.takesHandoffs() === true &&
      (transaction?.isTransaction !== true || tracksCommit(transaction));
    if (handOver) {
      const claimed = await this.store.insertClaimed(jobs, this.workerId, now + this.lockMs, transaction);
      const handOverAll = () => claimed.forEach((job) => worker.accept(job));
      if (transaction?.isTransaction !== true) handOverAll();
      else afterCommit(transaction, handOverAll);
      return;
    }
    await this.store.insert(jobs, transaction);
    if (delayMs > 0) return;
    if (transaction?.isTransaction !== true) return this.worker?.wake();
    // Where the commit is announced, the worker looks once it is in; elsewhere it keeps looking a while.
    if (!afterCommit(transaction, () => this.worker?.wake())) this.worker?.wakeAfterCommit();
  }

  startWorker(handlers: JobHandlers, options: WorkerOptions): void {
    assertEveryJobHandled(handlers);
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
      throw new Error(`Worker concurrency must be a whole number of at least 1, got ${options.concurrency}`);
    }
    if (this.worker !== undefined) throw new Error("The worker of this queue is already running");
    this.worker = new SqlJobWorker({
      store: this.store,
      handlers,
      concurrency: options.concurrency,
      clock: this.clock,
      workerId: this.workerId,
      pollIntervalMs: this.pollIntervalMs,
      lockMs: this.lockMs,
      backoff: this.backoff,
      onError: this.onError,
    });
    this.worker.start();
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.stop();
  }

  /** The database belongs to the caller, so closing only stops the worker. */
  close(): Promise<void> {
    return this.stop();
  }

  listDead(limit: number): Promise<DeadJob[]> {
    return this.store.listDead(limit);
  }

  async replayDead(id: string): Promise<boolean> {
    const rowId = Number(id);
    if (!/^\d+$/.test(id) || !Number.isSafeInteger(rowId)) return false;
    const replayed = await this.store.replayDead(rowId, this.clock.now());
    if (replayed) this.worker?.wake();
    return replayed;
  }

  countPending(): Promise<number> {
    return this.store.countPending();
  }
}
