/**
 * What reports count per agent and per store in a period: conversations handled (assigned in the period,
 * or where an agent wrote in it; each conversation once) and orders credited, with revenue per currency.
 * An agent message is one with author `agent` written by a user and not refused by the send policy.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import type { ReportPeriod } from "./report-period.js";

export interface OrderTotals {
  /** The user or store credited. */
  key: string;
  currency: string;
  orders: number;
  amount: number;
}

export class HandledActivityRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Distinct conversations each user was assigned or wrote in during the period. */
  async handledPerUser(period: ReportPeriod): Promise<Map<string, number>> {
    const assigned = this.db
      .selectFrom("conversations")
      .select(["assigned_user_id as key", "id as conversation_id"])
      .where("assigned_user_id", "is not", null)
      .where("assigned_at", ">=", period.from)
      .where("assigned_at", "<", period.to);
    const answered = this.agentMessages(period).select([
      "m.author_user_id as key",
      "m.conversation_id as conversation_id",
    ]);
    const rows = await this.db
      .selectFrom(assigned.union(answered).as("h"))
      .select(["h.key", (eb) => eb.fn.count<string | number>("h.conversation_id").distinct().as("n")])
      .groupBy("h.key")
      .execute();
    return countsOf(rows);
  }

  /** Distinct conversations of each store that were assigned or answered during the period. */
  async handledPerStore(period: ReportPeriod): Promise<Map<string, number>> {
    const assigned = this.db
      .selectFrom("conversations")
      .select(["store_id as key", "id as conversation_id"])
      .where("store_id", "is not", null)
      .where("assigned_user_id", "is not", null)
      .where("assigned_at", ">=", period.from)
      .where("assigned_at", "<", period.to);
    const answered = this.agentMessages(period)
      .innerJoin("conversations as c", "c.id", "m.conversation_id")
      .where("c.store_id", "is not", null)
      .select(["c.store_id as key", "m.conversation_id as conversation_id"]);
    const rows = await this.db
      .selectFrom(assigned.union(answered).as("h"))
      .select(["h.key", (eb) => eb.fn.count<string | number>("h.conversation_id").distinct().as("n")])
      .groupBy("h.key")
      .execute();
    return countsOf(rows);
  }

  /** Orders placed in the period per credited user (`by: "user"`) or store, and currency. */
  async orderTotals(period: ReportPeriod, by: "user" | "store"): Promise<OrderTotals[]> {
    const column = by === "user" ? "credited_user_id" : "credited_store_id";
    const rows = await this.db
      .selectFrom("orders")
      .select([
        `${column} as key`,
        "currency",
        (eb) => eb.fn.countAll<string | number>().as("orders"),
        (eb) => eb.fn.sum<string | number>("amount").as("amount"),
      ])
      .where(column, "is not", null)
      .where("ordered_at", ">=", period.from)
      .where("ordered_at", "<", period.to)
      .groupBy([column, "currency"])
      .execute();
    return rows.flatMap((row) =>
      row.key === null
        ? []
        : [{ key: row.key, currency: row.currency, orders: Number(row.orders), amount: Number(row.amount) }],
    );
  }

  private agentMessages(period: ReportPeriod) {
    return this.db
      .selectFrom("messages as m")
      .where("m.author_user_id", "is not", null)
      .where("m.author", "=", "agent")
      .where("m.status", "<>", "refused")
      .where("m.created_at", ">=", period.from)
      .where("m.created_at", "<", period.to);
  }
}

function countsOf(rows: { key: string | null; n: string | number }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.key !== null) counts.set(row.key, Number(row.n));
  return counts;
}
