/**
 * Comment replies: per channel account, rules that answer a comment on a post (one post, or every post)
 * publicly and/or with one private reply, and the comments already handled, so a redelivered comment is
 * never answered twice and a second private reply is refused before Meta is called (PLATFORMS.md B7).
 */
import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.js";

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("comment_rules")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("channel_account_id", "text", (c) => c.notNull().references("channel_accounts.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("post_id", "text")
    .addColumn("keywords", "text", (c) => c.notNull())
    .addColumn("public_reply", "text")
    .addColumn("private_reply", "text")
    .addColumn("module_id", "text")
    .addColumn("tags", "text", (c) => c.notNull())
    .addColumn("priority", "integer", (c) => c.notNull())
    .addColumn("enabled", "integer", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("comment_rules_account")
    .on("comment_rules")
    .column("channel_account_id")
    .execute();
  await db.schema
    .createTable("handled_comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("channel_account_id", "text", (c) => c.notNull().references("channel_accounts.id"))
    .addColumn("comment_id", "text", (c) => c.notNull())
    .addColumn("post_id", "text", (c) => c.notNull())
    .addColumn("commenter_id", "text", (c) => c.notNull())
    .addColumn("commenter_name", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("commented_at", "bigint", (c) => c.notNull())
    .addColumn("webhook_event_id", "text", (c) => c.notNull())
    .addColumn("rule_id", "text")
    .addColumn("contact_id", "text")
    .addColumn("public_reply_status", "text", (c) => c.notNull())
    .addColumn("public_reply_id", "text")
    .addColumn("public_reply_error", "text")
    .addColumn("private_reply_status", "text", (c) => c.notNull())
    .addColumn("private_reply_mid", "text")
    .addColumn("private_reply_error", "text")
    .addColumn("recipient_id", "text")
    .addColumn("module_id", "text")
    .addColumn("module_status", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("handled_comments_account_comment")
    .on("handled_comments")
    .columns(["channel_account_id", "comment_id"])
    .unique()
    .execute();
  // The customer's first message after a private reply looks for the module it should open.
  await db.schema
    .createIndex("handled_comments_recipient")
    .on("handled_comments")
    .columns(["channel_account_id", "recipient_id", "module_status"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("handled_comments").ifExists().execute();
  await db.schema.dropTable("comment_rules").ifExists().execute();
}
