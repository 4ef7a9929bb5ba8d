/**
 * Saved replies: messages agents insert from the composer by shortcut, shared with everyone or personal to
 * one owner. A shortcut is unique within its scope, compared case-insensitively (`shortcut_key`).
 */
import { sql } from "kysely";
import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.js";

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("saved_replies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("owner_id", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("shortcut", "text", (c) => c.notNull())
    .addColumn("shortcut_key", "text", (c) => c.notNull())
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("tags", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  // Partial unique indexes (both engines have them): one per scope, since owner_id is null when shared.
  await db.schema
    .createIndex("saved_replies_shared_shortcut")
    .on("saved_replies")
    .column("shortcut_key")
    .unique()
    .where(sql.ref("scope"), "=", "shared")
    .execute();
  await db.schema
    .createIndex("saved_replies_personal_shortcut")
    .on("saved_replies")
    .columns(["owner_id", "shortcut_key"])
    .unique()
    .where(sql.ref("scope"), "=", "personal")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("saved_replies").ifExists().execute();
}
