/** Job: one more attempt at sending a stored outbound message. */
import { z } from "zod";
import type { JobHandler } from "../../jobs/job-queue.js";
import type { OutboundSender, SendOutcome } from "./outbound-sender.js";

const Payload = z.object({ messageId: z.string().min(1) });

export function sendMessageJob(sender: OutboundSender): JobHandler<"send-message"> {
  return async (payload, context) => {
    const { messageId } = Payload.parse(payload);
    const final = context.attempt >= context.maxAttempts;
    let outcome: SendOutcome;
    try {
      outcome = await sender.send(messageId, { final, attempt: context.attempt });
    } catch (error) {
      if (final) await sender.giveUp(messageId, error);
      throw error;
    }
    if (outcome === "retry") throw new Error(`message ${messageId}: the platform asked to try again later`);
  };
}
