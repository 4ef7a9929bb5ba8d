/**
 * A LINE webhook body (`{ destination, events }`, PLATFORMS.md D3) → the events in it, in payload order:
 * customer messages and choice taps, follows and unfollows, postbacks, unsends, and every other event
 * kept as it came.
 */
import { z } from "zod";
import type { InboundEvent } from "@switchboard/core";
import { toNeutralLineEvent, type LineInboundEvent } from "./line-inbound-event.js";
import { parseLineEvent } from "./parse-event.js";

const EnvelopeSchema = z.object({ destination: z.string().min(1), events: z.array(z.unknown()) });

/**
 * Pure and total: never throws. A body that is not a LINE envelope gives [], and so does LINE's
 * connectivity check (an empty `events` array); malformed events are skipped, the rest still parse.
 * Every event is addressed to `destination`, the bot's user id (`accountExternalId`).
 */
export function parseLineWebhookEvents(body: unknown): LineInboundEvent[] {
  const envelope = EnvelopeSchema.safeParse(body);
  if (!envelope.success) return [];
  const events: LineInboundEvent[] = [];
  for (const item of envelope.data.events) {
    const event = parseLineEvent(item, envelope.data.destination);
    if (event !== undefined) events.push(event);
  }
  return events;
}

/** `parseLineWebhookEvents` in neutral words only (see `toNeutralLineEvent`): what the `Channel` port gives. */
export function parseLineWebhook(body: unknown): InboundEvent[] {
  return parseLineWebhookEvents(body).map(toNeutralLineEvent);
}
