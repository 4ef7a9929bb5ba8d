/**
 * Heals work a crash could lose when jobs live outside the database (queue mode on Redis): events stored
 * but never queued, and outbound messages stored but never queued for sending. With the SQL queue the
 * job is written in the same transaction, so there is nothing to heal.
 */
import type { FastifyBaseLogger } from "fastify";
import type { JobQueue } from "../../jobs/job-queue.js";
import type { MessageRepository } from "../messages/message.repository.js";
import type { WebhookEventRepository } from "./webhook-event.repository.js";

const EVERY_MS = 30_000;
/** Older than any job could legitimately still be waiting in a healthy queue. */
const STALE_MS = 10 * 60_000;

export function startSweeper(deps: {
  queue: JobQueue;
  events: WebhookEventRepository;
  messages: MessageRepository;
  log: FastifyBaseLogger;
}): () => void {
  if (deps.queue.transactional) return () => {};
  const sweep = async () => {
    const before = Date.now() - STALE_MS;
    const events = await deps.events.unprocessed(before, 500);
    if (events.length > 0) await deps.queue.enqueue("process-webhook-event", { eventIds: events });
    for (const messageId of await deps.messages.stalePending(before, 500))
      await deps.queue.enqueue("send-message", { messageId });
  };
  const timer = setInterval(() => {
    sweep().catch((error: unknown) => deps.log.error({ err: error }, "sweep failed"));
  }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
