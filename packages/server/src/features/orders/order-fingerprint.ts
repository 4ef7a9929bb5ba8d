/** The fingerprint of a posted order: the same order posted again has the same one, whatever its key order. */
import { createHash } from "node:crypto";
import type { NewOrder } from "./order.js";
import { instantMs } from "./order.js";

/** Pure: SHA-256 (hex) of the order's fields in a fixed order; an absent `orderedAt` stays absent. */
export function orderFingerprint(order: NewOrder): string {
  const canonical = [
    order.source,
    order.orderId,
    order.contactId ?? null,
    order.externalCustomerId ?? null,
    order.amount,
    order.currency,
    order.items.map((item) => [item.sku ?? null, item.name, item.quantity, item.unitPrice]),
    order.orderedAt === undefined ? null : instantMs(order.orderedAt),
  ];
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}
