/**
 * Splits one LINE webhook body (several events at once) into one body per event, each in the same
 * envelope, so every event is stored, deduplicated on its `webhookEventId` and processed on its own.
 */
import { z } from "zod";

export interface LineWebhookItem {
  /** The bot the event is addressed to: the body's `destination` (the bot's user id). */
  accountExternalId: string;
  /** The event's `webhookEventId`, the same on every redelivery; undefined when it has none (hash the body). */
  dedupeKey: string | undefined;
  /** `deliveryContext.isRedelivery`: LINE already sent this event once (webhook redelivery is on). */
  isRedelivery: boolean;
  /** A complete webhook body holding only this event. */
  body: { destination: string; events: [unknown] };
}

const EnvelopeSchema = z.object({ destination: z.string().min(1), events: z.array(z.unknown()) });
const KeysSchema = z.object({
  webhookEventId: z.string().min(1).optional().catch(undefined),
  deliveryContext: z.object({ isRedelivery: z.boolean() }).optional().catch(undefined),
});

/** [] for a body that is not a LINE envelope and for LINE's connectivity check (no events). */
export function splitLineWebhook(body: unknown): LineWebhookItem[] {
  const envelope = EnvelopeSchema.safeParse(body);
  if (!envelope.success) return [];
  const { destination, events } = envelope.data;
  return events.map((event) => {
    const keys = KeysSchema.safeParse(event).data;
    return {
      accountExternalId: destination,
      dedupeKey: keys?.webhookEventId,
      isRedelivery: keys?.deliveryContext?.isRedelivery ?? false,
      body: { destination, events: [event] },
    };
  });
}
