/** Per channel account: close conversations a person left idle, and who a returning customer reaches. */
import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.js";

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("inbox_settings")
    .addColumn("channel_account_id", "text", (c) => c.primaryKey().references("channel_accounts.id"))
    .addColumn("auto_close_after_ms", "bigint")
    .addColumn("reopen_to", "text", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("conversations_status_last_message_at")
    .on("conversations")
    .columns(["status", "last_message_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("conversations_status_last_message_at").ifExists().execute();
  await db.schema.dropTable("inbox_settings").ifExists().execute();
}
