/**
 * An order an integration reports: the shop's order id, the customer (our contact id, or the shop's
 * customer id resolved to a contact), the total in minor units with its ISO 4217 currency, and the items.
 */
import { z } from "zod";

/** Epoch milliseconds, or an ISO 8601 date-time with an offset; read as epoch milliseconds. */
const InstantSchema = z.union([
  z.number().int("whole milliseconds").min(0, "not before 1970"),
  z.iso.datetime({ offset: true, message: "an ISO 8601 date-time like 2026-05-01T10:00:00+08:00" }),
]);

export const OrderItemSchema = z.object({
  sku: z.string().trim().min(1).max(100, "at most 100 characters").optional(),
  name: z.string().trim().min(1, "required").max(300, "at most 300 characters"),
  quantity: z.number().int("a whole number").min(1, "at least 1").max(1_000_000),
  /** In the order currency's minor unit. */
  unitPrice: z
    .number()
    .int("a whole number of minor units")
    .min(0, "not negative")
    .max(Number.MAX_SAFE_INTEGER),
});
export type OrderItem = z.infer<typeof OrderItemSchema>;

export const NewOrderSchema = z
  .object({
    orderId: z.string().trim().min(1, "required").max(200, "at most 200 characters"),
    /** Who reports it; an order id is unique per source. */
    source: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9_.-]{0,49}$/, "1–50 lower-case letters, digits, `_`, `.` or `-`")
      .default("api"),
    contactId: z.string().min(1).max(100).optional(),
    externalCustomerId: z.string().trim().min(1).max(200, "at most 200 characters").optional(),
    amount: z
      .number()
      .int("a whole number of minor units (cents)")
      .min(0, "not negative")
      .max(Number.MAX_SAFE_INTEGER),
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/, "an ISO 4217 code of 3 letters, like TWD")
      .transform((code) => code.toUpperCase()),
    items: z.array(OrderItemSchema).max(500, "at most 500 items").default([]),
    /** When the customer ordered; now when absent. */
    orderedAt: InstantSchema.optional(),
  })
  .refine((order) => order.contactId !== undefined || order.externalCustomerId !== undefined, {
    message: "give contactId or externalCustomerId",
    path: ["contactId"],
  });
export type NewOrder = z.infer<typeof NewOrderSchema>;

/** Epoch milliseconds of an accepted instant. */
export function instantMs(value: number | string): number {
  return typeof value === "number" ? value : Date.parse(value);
}

export interface Order {
  id: string;
  source: string;
  orderId: string;
  contactId: string;
  amount: number;
  currency: string;
  items: OrderItem[];
  orderedAt: number;
  credit: { userId: string | null; storeId: string | null; conversationId: string | null };
  createdAt: number;
}

export const OrderView = z.object({
  id: z.string(),
  source: z.string(),
  orderId: z.string().describe("The shop's order id"),
  contactId: z.string(),
  amount: z.number().describe("In the currency's minor unit"),
  currency: z.string(),
  items: z.array(OrderItemSchema),
  orderedAt: z.number(),
  credit: z
    .object({
      userId: z.string().nullable(),
      storeId: z.string().nullable(),
      conversationId: z.string().nullable(),
    })
    .describe(
      "The agent, store and conversation the order is credited to; nulls when none handled the customer in the window",
    ),
  createdAt: z.number(),
});

export const ListedOrderView = OrderView.extend({
  names: z
    .object({ contact: z.string().nullable(), user: z.string().nullable(), store: z.string().nullable() })
    .describe("The contact's display name and the names of the agent and store credited"),
});
