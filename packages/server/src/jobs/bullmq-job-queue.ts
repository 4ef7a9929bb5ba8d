/**
 * The queue-mode job queue: BullMQ on Redis, for several processes sharing the work. One BullMQ queue
 * carries every job name; retries follow the same backoff as the SQL queue; dead jobs are BullMQ's failed set.
 */
import { Queue, Worker } from "bullmq";
import type { Job } from "bullmq";
import { assertEveryJobHandled, defaultMaxAttempts, isJobName, runJobHandler } from "./job-queue.js";
import type {
  DeadJob,
  EnqueueOptions,
  JobHandlers,
  JobName,
  JobPayloads,
  JobQueue,
  WorkerOptions,
} from "./job-queue.js";
import { defaultBackoff, retryDelayMs } from "./retry-delay.js";
import type { BackoffPolicy } from "./retry-delay.js";

export interface BullmqJobQueueOptions {
  /** `redis://[user:password@]host:port[/db]`. */
  redisUrl: string;
  /** Prefix of every Redis key of the queue, so several installs can share one Redis. Default `switchboard`. */
  prefix?: string;
  /** Retry backoff. Default 1 s doubling up to 5 minutes. */
  backoff?: BackoffPolicy;
  /** Errors of the queue itself (Redis unreachable…). Handler errors are kept on the job instead. */
  onError?: (error: unknown) => void;
}

const queueName = "jobs";
// Not one of BullMQ's built-in types, so BullMQ asks the worker's `backoffStrategy`.
const backoffType = "switchboard";

/**
 * Jobs on Redis through BullMQ. Delivery is at least once. Redis cannot join a database transaction, so
 * the queue is not `transactional` and ignores `options.transaction`: callers enqueue after their commit,
 * and re-enqueue what their own tables still show as unprocessed to cover a crash in between.
 */
export class BullmqJobQueue implements JobQueue {
  readonly transactional = false;
  private readonly connection: { url: string; maxRetriesPerRequest: null };
  private readonly prefix: string;
  private readonly backoff: BackoffPolicy;
  private readonly onError: (error: unknown) => void;
  private readonly queue: Queue;
  private worker: Worker | undefined;

  constructor(options: BullmqJobQueueOptions) {
    // Workers block on Redis; BullMQ requires commands not to give up after a few reconnection attempts.
    this.connection = { url: options.redisUrl, maxRetriesPerRequest: null };
    this.prefix = options.prefix ?? "switchboard";
    this.backoff = options.backoff ?? defaultBackoff;
    this.onError = options.onError ?? ((error) => console.error("Job queue error", error));
    this.queue = new Queue(queueName, { connection: this.connection, prefix: this.prefix });
    this.queue.on("error", this.onError);
  }

  enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    return this.enqueueMany(name, [payload], options);
  }

  /** One round trip to Redis for them all. */
  async enqueueMany<N extends JobName>(
    name: N,
    payloads: readonly JobPayloads[N][],
    options: EnqueueOptions = {},
  ): Promise<void> {
    if (payloads.length === 0) return;
    const jobOptions = {
      delay: Math.max(0, options.delayMs ?? 0),
      attempts: options.maxAttempts ?? defaultMaxAttempts,
      backoff: { type: backoffType },
      removeOnComplete: true,
      removeOnFail: false,
    };
    await this.queue.addBulk(payloads.map((data) => ({ name, data, opts: jobOptions })));
  }

  startWorker(handlers: JobHandlers, options: WorkerOptions): void {
    assertEveryJobHandled(handlers);
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
      throw new Error(`Worker concurrency must be a whole number of at least 1, got ${options.concurrency}`);
    }
    if (this.worker !== undefined) throw new Error("The worker of this queue is already running");
    const backoff = this.backoff;
    this.worker = new Worker(queueName, (job: Job) => runJob(handlers, job), {
      connection: this.connection,
      prefix: this.prefix,
      concurrency: options.concurrency,
      // A RetryLaterError's delay comes through here too: BullMQ passes the thrown error along.
      settings: {
        backoffStrategy: (attemptsMade, _type, error) => retryDelayMs(attemptsMade, error, backoff),
      },
    });
    this.worker.on("error", this.onError);
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.close();
  }

  async close(): Promise<void> {
    await this.stop();
    await this.queue.close();
  }

  async listDead(limit: number): Promise<DeadJob[]> {
    if (limit < 1) return [];
    const failed = await this.queue.getFailed(0, limit - 1);
    return failed.map((job) => ({
      id: job.id ?? "",
      name: job.name,
      payload: job.data,
      attempts: job.attemptsMade,
      lastError: job.failedReason,
      failedAt: job.finishedOn ?? job.timestamp,
    }));
  }

  async replayDead(id: string): Promise<boolean> {
    const job = await this.queue.getJob(id);
    if (job === undefined || !(await job.isFailed())) return false;
    await job.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
    return true;
  }

  countPending(): Promise<number> {
    return this.queue.getJobCountByTypes("waiting", "active", "delayed", "prioritized");
  }
}

function runJob(handlers: JobHandlers, job: Job): Promise<void> {
  if (!isJobName(job.name)) throw new Error(`No handler for job "${job.name}" in this version`);
  const context = { attempt: job.attemptsMade + 1, maxAttempts: job.opts.attempts ?? 1 };
  // `data` was written by `enqueue` from the typed payload map; each handler parses it with zod again.
  const payload: JobPayloads[JobName] = job.data;
  return runJobHandler(handlers, job.name, payload, context);
}
