/**
 * Deliveries and reads of our messages (PLATFORMS.md B5): `message_deliveries` and `message_reads` on
 * Messenger, `messaging_seen` on Instagram → status events.
 *
 * How a watermark maps to statuses: a delivery that lists `mids` becomes one `delivered` status per mid.
 * A read names no message, only a watermark ("every message sent at or before it was read"), so it
 * becomes one `status_watermark` event that the receiver applies to each of our messages to that
 * customer accepted at or before the watermark, moving each forward only; a delivery without `mids`
 * does the same with `delivered`. Instagram's read names the last message seen (`read.mid`): one `read`
 * status for it (the ones before it were seen too; the receiver's forward-only statuses allow that).
 */
import { z } from "zod";
import type { StatusEvent, StatusWatermarkEvent } from "@switchboard/core";
import type { EntryContext } from "./webhook-envelope.js";

const DeliverySchema = z.object({
  mids: z.array(z.string().min(1)).optional().catch(undefined),
  watermark: z.number().optional().catch(undefined),
});
const ReadSchema = z.object({
  mid: z.string().min(1).optional().catch(undefined),
  watermark: z.number().optional().catch(undefined),
});

/** The parts of a messaging item a receipt is built from; the sender is the customer. */
export interface ReceiptItem {
  senderId: string;
  timestamp: number;
  raw: unknown;
}

type Receipt = StatusEvent | StatusWatermarkEvent;

function status(
  item: ReceiptItem,
  context: EntryContext,
  mid: string,
  value: "delivered" | "read",
): StatusEvent {
  return {
    type: "status",
    channel: context.channel,
    accountExternalId: context.accountExternalId,
    providerMessageId: mid,
    status: value,
    timestamp: item.timestamp,
    recipientExternalId: item.senderId,
    errors: [],
    raw: item.raw,
  };
}

function watermark(
  item: ReceiptItem,
  context: EntryContext,
  mark: number,
  value: "delivered" | "read",
): StatusWatermarkEvent {
  return {
    type: "status_watermark",
    channel: context.channel,
    accountExternalId: context.accountExternalId,
    recipientExternalId: item.senderId,
    status: value,
    watermark: mark,
    timestamp: item.timestamp,
    raw: item.raw,
  };
}

/** `delivery: { mids?, watermark }` → a `delivered` status per mid, else one watermark event; [] when empty. */
export function parseMessagingDelivery(
  item: ReceiptItem,
  delivery: unknown,
  context: EntryContext,
): Receipt[] {
  const parsed = DeliverySchema.safeParse(delivery);
  if (!parsed.success) return [];
  const { mids, watermark: mark } = parsed.data;
  if (mids !== undefined && mids.length > 0)
    return mids.map((mid) => status(item, context, mid, "delivered"));
  return mark === undefined ? [] : [watermark(item, context, mark, "delivered")];
}

/** `read: { watermark }` (Messenger) → one watermark event; `read: { mid }` (Instagram) → one `read` status. */
export function parseMessagingRead(item: ReceiptItem, read: unknown, context: EntryContext): Receipt[] {
  const parsed = ReadSchema.safeParse(read);
  if (!parsed.success) return [];
  const { mid, watermark: mark } = parsed.data;
  if (mid !== undefined) return [status(item, context, mid, "read")];
  return mark === undefined ? [] : [watermark(item, context, mark, "read")];
}
