/**
 * Automatic assignment: each store's mode (manual, round robin, least busy) and its round-robin cursor
 * (the agent assigned last), and when a conversation entered its store's queue (oldest waits first).
 */
import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.js";

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("store_assignment")
    .addColumn("store_id", "text", (c) => c.primaryKey().references("stores.id").onDelete("cascade"))
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("last_user_id", "text")
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.alterTable("conversations").addColumn("queued_at", "bigint").execute();
  await db.schema
    .createIndex("conversations_store_queue")
    .on("conversations")
    .columns(["store_id", "status", "queued_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("conversations_store_queue").ifExists().execute();
  await db.schema.alterTable("conversations").dropColumn("queued_at").execute();
  await db.schema.dropTable("store_assignment").ifExists().execute();
}
