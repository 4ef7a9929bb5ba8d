/**
 * The job queue port. Two adapters implement it: the SQL-table queue (embedded default, durable, no
 * server) and BullMQ on Redis (queue mode, several processes). Both pass `job-queue.contract.ts`.
 * Delivery is at least once: every handler must be idempotent.
 */
import type { Kysely, Transaction } from "kysely";
import type { BotHttpRequest } from "@switchboard/engine";
import type { Database } from "../db/schema.js";

/** Every job name and its payload. Handlers parse payloads with zod again at the edge. */
export interface JobPayloads {
  /** Process one stored webhook event: upsert contact / conversation / message, run the bot. */
  "process-webhook-event": { eventIds: string[] };
  /** Send one outbound message that was stored first (the outbox). */
  "send-message": { messageId: string };
  /** Download one inbound media file and keep it. */
  "download-media": { channelAccountId: string; providerMediaId: string };
  /** A bot's wait node came due: resume the conversation with this timer token. */
  "bot-timer": { conversationId: string; token: string };
  /** Make a bot's HTTP request node's call, then resume the conversation with the answer. */
  "bot-http-request": { conversationId: string; token: string; request: BotHttpRequest };
}

export type JobName = keyof JobPayloads;

// Every job name at run time; the Record type makes the compiler keep it in step with JobPayloads.
const knownJobNames: Record<JobName, true> = {
  "process-webhook-event": true,
  "send-message": true,
  "download-media": true,
  "bot-timer": true,
  "bot-http-request": true,
};

/** True for a name this version has a payload type (and so a handler) for. Stored names are plain text. */
export function isJobName(name: string): name is JobName {
  return Object.hasOwn(knownJobNames, name);
}

/** Every job name, for the start-up check of the handler registry. */
export const jobNames: readonly JobName[] = Object.keys(knownJobNames).filter(isJobName);

/**
 * The start-up check every adapter runs in `startWorker`: throws one error naming every job without a
 * handler, so a forgotten registration stops the worker instead of dead-lettering that job later.
 */
export function assertEveryJobHandled(handlers: Partial<Record<JobName, unknown>>): void {
  const missing = jobNames.filter((name) => typeof handlers[name] !== "function");
  if (missing.length > 0) throw new Error(`No handler registered for job(s): ${missing.join(", ")}`);
}

/** Attempts a job gets when `EnqueueOptions.maxAttempts` is not given. */
export const defaultMaxAttempts = 8;

export interface EnqueueOptions {
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
  /** Attempts before the job is dead-lettered. Default 8. */
  maxAttempts?: number;
  /**
   * For the SQL queue: enqueue inside this transaction so the job exists only if the transaction commits.
   * Ignored by queues that cannot share the database transaction.
   */
  transaction?: Transaction<Database> | Kysely<Database>;
}

export interface JobContext {
  /** 1 on the first try. */
  attempt: number;
  maxAttempts: number;
}

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], context: JobContext) => Promise<void>;
export type JobHandlers = { [N in JobName]: JobHandler<N> };

/** Thrown by a handler to ask for a retry no sooner than `delayMs` (e.g. a platform rate limit). */
export class RetryLaterError extends Error {
  constructor(
    message: string,
    readonly delayMs: number,
  ) {
    super(message);
    this.name = "RetryLaterError";
  }
}

export interface DeadJob {
  id: string;
  /** As stored: a job from another release may carry a name this version does not know. */
  name: string;
  payload: unknown;
  attempts: number;
  /** The message of the error thrown by the last attempt. */
  lastError: string;
  /** Epoch milliseconds of the last attempt. */
  failedAt: number;
}

export interface WorkerOptions {
  /** Jobs handled at once by this process (at least 1). */
  concurrency: number;
}

export interface JobQueue {
  /**
   * True when `enqueue` honours `options.transaction` (the job exists only if that transaction commits).
   * Callers feed a non-transactional queue after their commit instead.
   */
  readonly transactional: boolean;
  enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options?: EnqueueOptions): Promise<void>;
  /** One job per payload, all with the same options; cheaper than one `enqueue` each. */
  enqueueMany<N extends JobName>(
    name: N,
    payloads: readonly JobPayloads[N][],
    options?: EnqueueOptions,
  ): Promise<void>;
  /** Start handling jobs in this process. Throws if a job name has no handler. */
  startWorker(handlers: JobHandlers, options: WorkerOptions): void;
  /** Stop taking jobs and wait for the ones under way. The queue can still enqueue afterwards. */
  stop(): Promise<void>;
  /** `stop()`, then release what the queue itself opened (Redis connections); it is unusable afterwards. */
  close(): Promise<void>;
  /** Jobs that used all their attempts. */
  listDead(limit: number): Promise<DeadJob[]>;
  /** Put a dead job back in the queue with fresh attempts. */
  replayDead(id: string): Promise<boolean>;
  /** Jobs waiting or running (for health and tests). */
  countPending(): Promise<number>;
}

/** Calls the handler of a job by name with its payload (typed by the payload map). */
export function runJobHandler<N extends JobName>(
  handlers: JobHandlers,
  name: N,
  payload: JobPayloads[N],
  context: JobContext,
): Promise<void> {
  return handlers[name](payload, context);
}
