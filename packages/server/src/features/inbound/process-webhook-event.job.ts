/** Job: process one stored webhook event (see InboundService). */
import { z } from "zod";
import type { JobHandler } from "../../jobs/job-queue.js";
import type { InboundService } from "./inbound.service.js";

const Payload = z.object({ eventId: z.string().min(1) });

export function processWebhookEventJob(inbound: InboundService): JobHandler<"process-webhook-event"> {
  return async (payload, context) => {
    const { eventId } = Payload.parse(payload);
    await inbound.processEvent(eventId, context.attempt);
  };
}
