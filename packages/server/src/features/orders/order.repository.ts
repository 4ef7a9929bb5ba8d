/** Stores reported orders: one per source and order id (a re-post inserts nothing), listed newest first. */
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import { readJsonColumn } from "../../db/json-column.js";
import type { Database, OrdersTable } from "../../db/schema.js";
import type { SalesScope } from "../reports/sales-scope.js";
import { OrderItemSchema } from "./order.js";
import type { Order } from "./order.js";

export type NewOrderRow = Order & { requestHash: string };

/** An order as lists show it: with the names of its contact and of the agent and store credited. */
export type ListedOrder = Order & {
  names: { contact: string | null; user: string | null; store: string | null };
};

export interface OrderFilter {
  userId?: string;
  storeId?: string;
  from?: number;
  to?: number;
  scope: SalesScope;
  limit: number;
  /** `<ordered_at>:<id>` of the last order of the previous page. */
  cursor?: string;
}

const ItemsSchema = z.array(OrderItemSchema);

export class OrderRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts the order unless its source already has that order id; true when this call inserted it. */
  async insert(order: NewOrderRow): Promise<boolean> {
    const result = await this.db
      .insertInto("orders")
      .values({
        id: order.id,
        source: order.source,
        external_id: order.orderId,
        contact_id: order.contactId,
        amount: order.amount,
        currency: order.currency,
        items: JSON.stringify(order.items),
        ordered_at: order.orderedAt,
        credited_user_id: order.credit.userId,
        credited_store_id: order.credit.storeId,
        credited_conversation_id: order.credit.conversationId,
        request_hash: order.requestHash,
        created_at: order.createdAt,
      })
      .onConflict((oc) => oc.columns(["source", "external_id"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /** The stored order and the hash of the body it was posted with. */
  async find(source: string, orderId: string): Promise<{ order: Order; requestHash: string } | undefined> {
    const row = await this.db
      .selectFrom("orders")
      .selectAll()
      .where("source", "=", source)
      .where("external_id", "=", orderId)
      .executeTakeFirst();
    return row === undefined ? undefined : { order: toOrder(row), requestHash: row.request_hash };
  }

  async list(filter: OrderFilter): Promise<{ items: ListedOrder[]; nextCursor: string | null }> {
    let query = this.db
      .selectFrom("orders")
      .leftJoin("users", "users.id", "orders.credited_user_id")
      .leftJoin("stores", "stores.id", "orders.credited_store_id")
      .leftJoin("contacts", "contacts.id", "orders.contact_id")
      .selectAll("orders")
      .select([
        "users.name as user_name",
        "stores.name as store_name",
        "contacts.display_name as contact_name",
      ]);
    if (filter.userId !== undefined) query = query.where("orders.credited_user_id", "=", filter.userId);
    if (filter.storeId !== undefined) query = query.where("orders.credited_store_id", "=", filter.storeId);
    if (filter.from !== undefined) query = query.where("orders.ordered_at", ">=", filter.from);
    if (filter.to !== undefined) query = query.where("orders.ordered_at", "<", filter.to);
    const scope = filter.scope;
    if (scope.kind === "scoped") {
      query = query.where((eb) =>
        scope.storeIds.length === 0
          ? eb("orders.credited_user_id", "=", scope.userId)
          : eb.or([
              eb("orders.credited_user_id", "=", scope.userId),
              eb("orders.credited_store_id", "in", scope.storeIds),
            ]),
      );
    }
    const cursor = parseCursor(filter.cursor);
    if (cursor !== undefined) {
      query = query.where((eb) =>
        eb.or([
          eb("orders.ordered_at", "<", cursor.at),
          eb.and([eb("orders.ordered_at", "=", cursor.at), eb("orders.id", "<", cursor.id)]),
        ]),
      );
    }
    const rows = await query
      .orderBy("orders.ordered_at", "desc")
      .orderBy("orders.id", "desc")
      .limit(filter.limit + 1)
      .execute();
    const items = rows.slice(0, filter.limit).map((row) => ({
      ...toOrder(row),
      names: { contact: row.contact_name, user: row.user_name, store: row.store_name },
    }));
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > filter.limit && last !== undefined ? `${last.orderedAt}:${last.id}` : null,
    };
  }
}

function parseCursor(cursor: string | undefined): { at: number; id: string } | undefined {
  const match = /^(\d+):(.+)$/.exec(cursor ?? "");
  return match?.[1] === undefined || match[2] === undefined
    ? undefined
    : { at: Number(match[1]), id: match[2] };
}

function toOrder(row: Selectable<OrdersTable>): Order {
  return {
    id: row.id,
    source: row.source,
    orderId: row.external_id,
    contactId: row.contact_id,
    amount: Number(row.amount),
    currency: row.currency,
    items: readJsonColumn(ItemsSchema, row.items, "orders.items"),
    orderedAt: Number(row.ordered_at),
    credit: {
      userId: row.credited_user_id,
      storeId: row.credited_store_id,
      conversationId: row.credited_conversation_id,
    },
    createdAt: Number(row.created_at),
  };
}
