/** Jobs a bot turn leaves behind, queued with the turn's transaction or right after its commit. */
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.js";
import type { JobName, JobPayloads, JobQueue } from "../../jobs/job-queue.js";

export type QueuedJob = {
  [N in JobName]: { name: N; payload: JobPayloads[N]; delayMs?: number };
}[JobName];

/** Queues `jobs` inside `trx` when the queue shares the database; otherwise the caller must pass no trx. */
export async function enqueueJobs(
  queue: JobQueue,
  jobs: readonly QueuedJob[],
  trx: Transaction<Database> | undefined,
): Promise<void> {
  for (const job of jobs) {
    const options = {
      ...(job.delayMs === undefined ? {} : { delayMs: job.delayMs }),
      ...(trx === undefined ? {} : { transaction: trx }),
    };
    switch (job.name) {
      case "process-webhook-event":
        await queue.enqueue(job.name, job.payload, options);
        break;
      case "send-message":
        await queue.enqueue(job.name, job.payload, options);
        break;
      case "download-media":
        await queue.enqueue(job.name, job.payload, options);
        break;
      case "bot-timer":
        await queue.enqueue(job.name, job.payload, options);
        break;
      case "bot-http-request":
        await queue.enqueue(job.name, job.payload, options);
        break;
    }
  }
}
