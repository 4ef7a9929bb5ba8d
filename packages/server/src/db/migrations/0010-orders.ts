/**
 * Orders and reports: orders an integration reports (unique per source and external order id), credited
 * to the agent and store that handled the customer's conversation; and when each conversation first
 * entered the human queue (`first_queued_at`), which first-response times are measured from.
 */
import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.js";

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("orders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("external_id", "text", (c) => c.notNull())
    .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id"))
    .addColumn("amount", "bigint", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("items", "text", (c) => c.notNull())
    .addColumn("ordered_at", "bigint", (c) => c.notNull())
    .addColumn("credited_user_id", "text")
    .addColumn("credited_store_id", "text")
    .addColumn("credited_conversation_id", "text")
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("orders_source_external_id", ["source", "external_id"])
    .execute();
  await db.schema.createIndex("orders_ordered_at").on("orders").columns(["ordered_at"]).execute();
  await db.schema
    .createIndex("orders_credited_user")
    .on("orders")
    .columns(["credited_user_id", "ordered_at"])
    .execute();
  await db.schema
    .createIndex("orders_credited_store")
    .on("orders")
    .columns(["credited_store_id", "ordered_at"])
    .execute();

  await db.schema.alterTable("conversations").addColumn("first_queued_at", "bigint").execute();
  // Reports read agents' messages by author and time; most messages (customer, bot) have no author user.
  await db.schema
    .createIndex("messages_author_user_created")
    .on("messages")
    .columns(["author_user_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("conversations_assigned_at")
    .on("conversations")
    .columns(["assigned_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("conversations_assigned_at").ifExists().execute();
  await db.schema.dropIndex("messages_author_user_created").ifExists().execute();
  await db.schema.alterTable("conversations").dropColumn("first_queued_at").execute();
  await db.schema.dropIndex("orders_credited_store").ifExists().execute();
  await db.schema.dropIndex("orders_credited_user").ifExists().execute();
  await db.schema.dropIndex("orders_ordered_at").ifExists().execute();
  await db.schema.dropTable("orders").ifExists().execute();
}
