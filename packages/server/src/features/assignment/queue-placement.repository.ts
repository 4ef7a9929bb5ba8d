/**
 * Moves one conversation in and out of a store's queue: which store it waits in (a bot node's choice by
 * store id or name, else the channel account's default store), when it entered, and its assignment.
 * Reads only through the transaction it is given (SQLite has one connection).
 */
import { sql } from "kysely";
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.js";

export class QueuePlacementRepository {
  /** The first store the keys name (by id, else by name, ignoring case); undefined when none does. */
  async resolveStore(trx: Transaction<Database>, keys: readonly string[]): Promise<string | undefined> {
    for (const key of keys) {
      const byId = await trx.selectFrom("stores").select("id").where("id", "=", key).executeTakeFirst();
      if (byId !== undefined) return byId.id;
      const byName = await trx
        .selectFrom("stores")
        .select("id")
        .where(sql`lower(name)`, "=", key.trim().toLowerCase())
        .orderBy("id")
        .executeTakeFirst();
      if (byName !== undefined) return byName.id;
    }
    return undefined;
  }

  /** The store that answers for the account: its default store, else the only store serving it. */
  async defaultStore(trx: Transaction<Database>, channelAccountId: string): Promise<string | undefined> {
    const links = await trx
      .selectFrom("store_channel_accounts")
      .select(["store_id", "is_default"])
      .where("channel_account_id", "=", channelAccountId)
      .execute();
    return (links.find((link) => link.is_default === 1) ?? (links.length === 1 ? links[0] : undefined))
      ?.store_id;
  }

  async current(
    trx: Transaction<Database>,
    conversationId: string,
  ): Promise<{ storeId: string | null; status: string; assignedUserId: string | null } | undefined> {
    const row = await trx
      .selectFrom("conversations")
      .select(["store_id", "status", "assigned_user_id"])
      .where("id", "=", conversationId)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { storeId: row.store_id, status: row.status, assignedUserId: row.assigned_user_id };
  }

  /**
   * Puts the conversation in `storeId`'s queue. Its time in the queue starts now unless it was already
   * waiting there (`restart`: it starts now anyway, e.g. given back by an agent).
   */
  async place(
    trx: Transaction<Database>,
    conversationId: string,
    storeId: string,
    now: number,
    restart: boolean,
  ): Promise<void> {
    await trx
      .updateTable("conversations")
      .set({
        store_id: storeId,
        queued_at: restart
          ? now
          : sql<number>`case when store_id = ${storeId} and queued_at is not null then queued_at else ${now} end`,
      })
      .where("id", "=", conversationId)
      .execute();
  }

  /**
   * Assigns a waiting conversation to `userId`: in progress, so automation stays silent. False when it no
   * longer waits (taken meanwhile).
   */
  async assign(
    trx: Transaction<Database>,
    conversationId: string,
    userId: string,
    now: number,
  ): Promise<boolean> {
    const result = await trx
      .updateTable("conversations")
      .set({
        assigned_user_id: userId,
        assigned_at: now,
        status: "in_progress",
        queue_reply_sent_at: null,
        updated_at: now,
      })
      .where("id", "=", conversationId)
      .where("status", "=", "pending")
      .where("assigned_user_id", "is", null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
}
