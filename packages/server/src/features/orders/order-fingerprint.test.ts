import { describe, expect, it } from "vitest";
import { NewOrderSchema } from "./order.js";
import { orderFingerprint } from "./order-fingerprint.js";

const order = (body: Record<string, unknown>) =>
  NewOrderSchema.parse({
    orderId: "XY-1",
    contactId: "c1",
    amount: 1200,
    currency: "TWD",
    items: [{ sku: "A", name: "Serum", quantity: 2, unitPrice: 600 }],
    ...body,
  });

describe("orderFingerprint", () => {
  it("is the same for the same order, whatever the key order, currency case or instant format", () => {
    const a = order({ orderedAt: Date.parse("2026-05-01T02:00:00Z") });
    const b = NewOrderSchema.parse({
      items: [{ unitPrice: 600, quantity: 2, name: "Serum", sku: "A" }],
      currency: "twd",
      amount: 1200,
      contactId: "c1",
      orderId: "XY-1",
      orderedAt: "2026-05-01T10:00:00+08:00",
    });
    expect(orderFingerprint(a)).toBe(orderFingerprint(b));
  });

  it("changes with the amount, the items, the customer or the time", () => {
    const base = orderFingerprint(order({}));
    expect(orderFingerprint(order({ amount: 1201 }))).not.toBe(base);
    expect(orderFingerprint(order({ items: [] }))).not.toBe(base);
    expect(orderFingerprint(order({ contactId: "c2" }))).not.toBe(base);
    expect(orderFingerprint(order({ orderedAt: 5 }))).not.toBe(base);
  });
});
