/**
 * Who read what: when each user last opened each conversation, and the customer's newest message they saw
 * then (its platform time). A conversation is unread for a user when the customer wrote after that message
 * (or the user never opened it). Platform times are compared with platform times: they may lag our clock.
 */
import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.js";

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("conversation_reads")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("conversation_id", "text", (c) =>
      c.notNull().references("conversations.id").onDelete("cascade"),
    )
    .addColumn("read_at", "bigint", (c) => c.notNull())
    .addColumn("seen_inbound_at", "bigint")
    .addPrimaryKeyConstraint("conversation_reads_pk", ["user_id", "conversation_id"])
    .execute();
  await db.schema
    .createIndex("conversation_reads_conversation")
    .on("conversation_reads")
    .column("conversation_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("conversation_reads").ifExists().execute();
}
