/**
 * A conversation's stay in the human queue as queue replies see it: whether it waits for a person and
 * whether the customer got a queue reply in this stay (`queue_reply_sent_at`, cleared when it leaves).
 */
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.js";

export class QueueStayRepository {
  /** True when the conversation is pending and got no queue reply in this stay yet. */
  async awaitsReply(trx: Transaction<Database>, conversationId: string): Promise<boolean> {
    const row = await trx
      .selectFrom("conversations")
      .select(["status", "queue_reply_sent_at"])
      .where("id", "=", conversationId)
      .executeTakeFirst();
    return row?.status === "pending" && row.queue_reply_sent_at === null;
  }

  /** Records the stay's reply; false when another turn recorded one first (or it left the queue). */
  async claim(trx: Transaction<Database>, conversationId: string, at: number): Promise<boolean> {
    const result = await trx
      .updateTable("conversations")
      .set({ queue_reply_sent_at: at })
      .where("id", "=", conversationId)
      .where("status", "=", "pending")
      .where("queue_reply_sent_at", "is", null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** The store whose queue the conversation is in; null: none chosen. */
  async storeOf(trx: Transaction<Database>, conversationId: string): Promise<string | null> {
    const row = await trx
      .selectFrom("conversations")
      .select("store_id")
      .where("id", "=", conversationId)
      .executeTakeFirst();
    return row?.store_id ?? null;
  }

  /** The contact's last message time, which opens the platform's customer service window. */
  async lastInboundAt(trx: Transaction<Database>, contactId: string): Promise<number | null> {
    const row = await trx
      .selectFrom("contacts")
      .select("last_inbound_at")
      .where("id", "=", contactId)
      .executeTakeFirst();
    return row?.last_inbound_at ?? null;
  }
}
