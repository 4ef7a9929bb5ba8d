/**
 * Internal notes on a conversation: written by staff for staff, shown in the thread, never sent. They live
 * in their own table (not in `messages`), so no send path, outbox or channel compiler can ever see them.
 */
import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.js";

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("conversation_notes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("conversation_id", "text", (c) =>
      c.notNull().references("conversations.id").onDelete("cascade"),
    )
    .addColumn("author_user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("author_label", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("conversation_notes_conversation_created")
    .on("conversation_notes")
    .columns(["conversation_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("conversation_notes").ifExists().execute();
}
