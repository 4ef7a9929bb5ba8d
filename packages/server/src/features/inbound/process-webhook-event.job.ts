/** Job: process the stored events of one webhook delivery, in order (see InboundService). */
import { z } from "zod";
import { RetryLaterError } from "../../jobs/job-queue.js";
import type { JobHandler } from "../../jobs/job-queue.js";
import type { InboundService } from "./inbound.service.js";

const Payload = z.object({ eventIds: z.array(z.string().min(1)).min(1) });

export function processWebhookEventJob(inbound: InboundService): JobHandler<"process-webhook-event"> {
  return async (payload, context) => {
    const { eventIds } = Payload.parse(payload);
    // Events already processed (by an earlier attempt) are skipped by processEvent. One event asking to
    // wait does not hold up the others: it is retried with the job once the rest are done.
    let later: RetryLaterError | undefined;
    for (const eventId of eventIds) {
      try {
        await inbound.processEvent(eventId, context.attempt);
      } catch (error) {
        if (!(error instanceof RetryLaterError)) throw error;
        later = error;
      }
    }
    if (later !== undefined) throw later;
  };
}
