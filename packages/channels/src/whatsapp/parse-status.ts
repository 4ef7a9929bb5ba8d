// One WhatsApp status object (PLATFORMS.md A7.5): the delivery state of a message we sent.
import { z } from "zod";
import type { DeliveryStatus, OtherEvent, StatusEvent } from "@switchboard/core";
import { parseWhatsAppErrorDetails } from "./parse-error-details.js";
import { UnixSecondsSchema } from "./unix-seconds.js";

const DELIVERY_STATUSES: ReadonlySet<string> = new Set<DeliveryStatus>([
  "sent",
  "delivered",
  "read",
  "failed",
  "played",
]);

const StatusSchema = z.object({
  id: z.string().min(1),
  status: z.string().min(1),
  timestamp: UnixSecondsSchema,
  recipient_id: z.string().optional(),
  biz_opaque_callback_data: z.string().optional(),
  pricing: z.object({ category: z.string().optional() }).optional().catch(undefined),
  errors: z.unknown().optional(),
});

function isDeliveryStatus(status: string): status is DeliveryStatus {
  return DELIVERY_STATUSES.has(status);
}

/**
 * One item of `value.statuses` → a status event. A state outside sent/delivered/read/failed/played
 * (Meta adds new ones from time to time) is kept as an `other` event of the `messages` field; an item
 * without an id, a state or a timestamp gives undefined. `raw` is the item itself, untouched.
 */
export function parseWhatsAppStatus(
  item: unknown,
  accountExternalId: string,
): StatusEvent | OtherEvent | undefined {
  const parsed = StatusSchema.safeParse(item);
  if (!parsed.success) return undefined;
  const status = parsed.data;
  if (!isDeliveryStatus(status.status)) {
    return { type: "other", channel: "whatsapp", accountExternalId, field: "messages", raw: item };
  }
  return {
    type: "status",
    channel: "whatsapp",
    accountExternalId,
    providerMessageId: status.id,
    status: status.status,
    timestamp: status.timestamp,
    // Empty when the message went to a business-scoped user id (PLATFORMS.md A12); see `raw`.
    recipientExternalId: status.recipient_id ?? "",
    errors: parseWhatsAppErrorDetails(status.errors),
    callbackData: status.biz_opaque_callback_data,
    pricingCategory: status.pricing?.category,
    raw: item,
  };
}
