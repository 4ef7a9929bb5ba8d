/**
 * Web chat: the widget's visitors (an opaque browser token, an optional website user id) and the one-time
 * "continue on" codes that join a web chat contact with the same person on another channel. Contacts of
 * one person point at the person's first contact through `merged_into_id`.
 */
import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.js";

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("webchat_visitors")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("channel_account_id", "text", (c) => c.notNull().references("channel_accounts.id"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("external_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("last_seen_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("webchat_visitors_account_user")
    .on("webchat_visitors")
    .columns(["channel_account_id", "user_id"])
    .execute();
  await db.schema
    .createTable("webchat_continue_codes")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("channel_account_id", "text", (c) => c.notNull().references("channel_accounts.id"))
    .addColumn("visitor_external_id", "text", (c) => c.notNull())
    .addColumn("target_account_id", "text", (c) => c.notNull().references("channel_accounts.id"))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .addColumn("claimed_at", "bigint")
    .addColumn("claimed_contact_id", "text")
    .execute();
  await db.schema.createIndex("contacts_merged_into_id").on("contacts").columns(["merged_into_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("contacts_merged_into_id").ifExists().execute();
  await db.schema.dropTable("webchat_continue_codes").ifExists().execute();
  await db.schema.dropIndex("webchat_visitors_account_user").ifExists().execute();
  await db.schema.dropTable("webchat_visitors").ifExists().execute();
}
