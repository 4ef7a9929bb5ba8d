/**
 * Stores (counters) with business hours in their time zone, holidays, the channel accounts they serve
 * (one of them may be an account's default store) and their offline and instant replies; the same replies
 * for a channel account without a store; and when a conversation got its queue reply in this stay.
 */
import { sql } from "kysely";
import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.js";

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("stores")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("hours", "text", (c) => c.notNull())
    .addColumn("holidays", "text", (c) => c.notNull())
    .addColumn("offline_reply", "text")
    .addColumn("instant_reply", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("store_channel_accounts")
    .addColumn("store_id", "text", (c) => c.notNull().references("stores.id").onDelete("cascade"))
    .addColumn("channel_account_id", "text", (c) => c.notNull().references("channel_accounts.id"))
    .addColumn("is_default", "integer", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("store_channel_accounts_pk", ["store_id", "channel_account_id"])
    .execute();
  await db.schema
    .createIndex("store_channel_accounts_account")
    .on("store_channel_accounts")
    .column("channel_account_id")
    .execute();
  // At most one default store per channel account (a partial unique index; both engines have them).
  await db.schema
    .createIndex("store_channel_accounts_one_default")
    .on("store_channel_accounts")
    .column("channel_account_id")
    .unique()
    .where(sql.ref("is_default"), "=", 1)
    .execute();

  await db.schema
    .createTable("channel_account_queue_replies")
    .addColumn("channel_account_id", "text", (c) => c.primaryKey().references("channel_accounts.id"))
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("hours", "text", (c) => c.notNull())
    .addColumn("holidays", "text", (c) => c.notNull())
    .addColumn("offline_reply", "text")
    .addColumn("instant_reply", "text")
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema.alterTable("conversations").addColumn("queue_reply_sent_at", "bigint").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("conversations").dropColumn("queue_reply_sent_at").execute();
  await db.schema.dropTable("channel_account_queue_replies").ifExists().execute();
  await db.schema.dropTable("store_channel_accounts").ifExists().execute();
  await db.schema.dropTable("stores").ifExists().execute();
}
