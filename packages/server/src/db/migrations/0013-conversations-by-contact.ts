/**
 * Every conversation of a contact, closed ones included, by index: whether a customer is returning (when
 * the inbox sends returning customers elsewhere) and the contact panel's past conversations. The partial
 * unique index on open conversations cannot answer these, so they scanned the table.
 */
import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.js";

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createIndex("conversations_contact_created")
    .on("conversations")
    .columns(["contact_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("conversations_contact_created").ifExists().execute();
}
