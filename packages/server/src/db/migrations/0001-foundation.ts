/** The foundation tables: channel accounts, contacts, conversations, messages, webhook events, jobs, media. */
import { sql } from "kysely";
import type { ColumnDefinitionBuilder, Kysely } from "kysely";
import type { DialectName } from "../dialect.js";

// Kysely's schema builder works on any database; the parameter is deliberately untyped by table.
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  // An auto-numbered key: rowid on SQLite, an identity column on PostgreSQL.
  const autoIncrement = (c: ColumnDefinitionBuilder) =>
    dialect === "postgres" ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable("channel_accounts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("external_id", "text", (c) => c.notNull())
    .addColumn("settings", "text", (c) => c.notNull())
    .addColumn("secrets_encrypted", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("channel_accounts_channel_external_id", ["channel", "external_id"])
    .execute();

  await db.schema
    .createTable("contacts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("channel_account_id", "text", (c) => c.notNull().references("channel_accounts.id"))
    .addColumn("external_id", "text", (c) => c.notNull())
    .addColumn("scoped_id", "text")
    .addColumn("display_name", "text")
    .addColumn("phone", "text")
    .addColumn("attributes", "text", (c) => c.notNull())
    .addColumn("merged_into_id", "text")
    .addColumn("last_inbound_at", "bigint")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("contacts_account_external_id", ["channel_account_id", "external_id"])
    .execute();

  await db.schema
    .createTable("conversations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("channel_account_id", "text", (c) => c.notNull().references("channel_accounts.id"))
    .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("bot_state", "text", (c) => c.notNull())
    .addColumn("last_message_at", "bigint", (c) => c.notNull())
    .addColumn("last_inbound_at", "bigint")
    .addColumn("last_message_preview", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("conversations_last_message_at")
    .on("conversations")
    .columns(["last_message_at"])
    .execute();
  // At most one open conversation per contact, so concurrent workers cannot open two.
  await db.schema
    .createIndex("conversations_one_open_per_contact")
    .on("conversations")
    .column("contact_id")
    .unique()
    .where(sql.ref("status"), "<>", "closed")
    .execute();

  await db.schema
    .createTable("messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("conversation_id", "text", (c) => c.notNull().references("conversations.id"))
    .addColumn("channel_account_id", "text", (c) => c.notNull().references("channel_accounts.id"))
    .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id"))
    .addColumn("direction", "text", (c) => c.notNull())
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("native_payload", "text")
    .addColumn("provider_message_id", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("error_code", "integer")
    .addColumn("error_reason", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addColumn("sent_at", "bigint")
    .addColumn("delivered_at", "bigint")
    .addColumn("read_at", "bigint")
    .addColumn("failed_at", "bigint")
    .addUniqueConstraint("messages_account_provider_id", ["channel_account_id", "provider_message_id"])
    .execute();
  await db.schema
    .createIndex("messages_conversation_created")
    .on("messages")
    .columns(["conversation_id", "created_at"])
    .execute();

  await db.schema
    .createTable("webhook_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("channel_account_id", "text", (c) => c.notNull().references("channel_accounts.id"))
    .addColumn("dedupe_key", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("received_at", "bigint", (c) => c.notNull())
    .addColumn("processed_at", "bigint")
    .addUniqueConstraint("webhook_events_channel_dedupe_key", ["channel", "dedupe_key"])
    .execute();

  await db.schema
    .createTable("jobs")
    .addColumn("id", "integer", (c) => autoIncrement(c))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    .addColumn("run_at", "bigint", (c) => c.notNull())
    .addColumn("locked_until", "bigint")
    .addColumn("locked_by", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("jobs_status_run_at").on("jobs").columns(["status", "run_at"]).execute();

  await db.schema
    .createTable("media")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("channel_account_id", "text", (c) => c.notNull().references("channel_accounts.id"))
    .addColumn("provider_media_id", "text", (c) => c.notNull())
    .addColumn("mime_type", "text")
    .addColumn("sha256", "text")
    .addColumn("size_bytes", "bigint")
    .addColumn("location", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("media_account_provider_id", ["channel_account_id", "provider_media_id"])
    .execute();

  await db.schema
    .createTable("app_settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "app_settings",
    "media",
    "jobs",
    "webhook_events",
    "messages",
    "conversations",
    "contacts",
    "channel_accounts",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
