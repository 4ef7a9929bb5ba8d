/**
 * Bots and what drives them: bots with a draft and published versions, which bot each channel account
 * runs, contact tags and opt-outs, keyword rules, the default reply, ref links, WhatsApp templates, and
 * the policy refusal stored on a message.
 */
import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.js";

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("bots")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("draft", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("bot_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("bot_id", "text", (c) => c.notNull().references("bots.id"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("bot_versions_bot_number", ["bot_id", "number"])
    .execute();

  // One published bot per channel account: the account is the key.
  await db.schema
    .createTable("bot_deployments")
    .addColumn("channel_account_id", "text", (c) => c.primaryKey().references("channel_accounts.id"))
    .addColumn("bot_id", "text", (c) => c.notNull().references("bots.id"))
    .addColumn("bot_version_id", "text", (c) => c.notNull().references("bot_versions.id"))
    .addColumn("published_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("contact_tags")
    .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id"))
    .addColumn("tag", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("contact_tags_pk", ["contact_id", "tag"])
    .execute();
  await db.schema.createIndex("contact_tags_tag").on("contact_tags").column("tag").execute();

  await db.schema
    .createTable("contact_opt_outs")
    .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id"))
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("contact_opt_outs_pk", ["contact_id", "topic"])
    .execute();

  await db.schema
    .createTable("keyword_rules")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("channel_account_id", "text", (c) => c.notNull().references("channel_accounts.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("keywords", "text", (c) => c.notNull())
    .addColumn("reply", "text", (c) => c.notNull())
    .addColumn("priority", "integer", (c) => c.notNull())
    .addColumn("enabled", "integer", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("keyword_rules_account")
    .on("keyword_rules")
    .column("channel_account_id")
    .execute();

  await db.schema
    .createTable("automation_settings")
    .addColumn("channel_account_id", "text", (c) => c.primaryKey().references("channel_accounts.id"))
    .addColumn("default_reply", "text")
    .addColumn("send_policy", "text", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("ref_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("channel_account_id", "text", (c) => c.notNull().references("channel_accounts.id"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("module_id", "text", (c) => c.notNull())
    .addColumn("tags", "text", (c) => c.notNull())
    .addColumn("entries", "integer", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("ref_links_account_code", ["channel_account_id", "code"])
    .execute();

  await db.schema
    .createTable("whatsapp_templates")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("channel_account_id", "text", (c) => c.notNull().references("channel_accounts.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("provider_template_id", "text")
    .addColumn("status_reason", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("whatsapp_templates_account_name_language", [
      "channel_account_id",
      "name",
      "language",
    ])
    .execute();

  await db.schema.alterTable("messages").addColumn("refusal_code", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("messages").dropColumn("refusal_code").execute();
  for (const table of [
    "whatsapp_templates",
    "ref_links",
    "automation_settings",
    "keyword_rules",
    "contact_opt_outs",
    "contact_tags",
    "bot_deployments",
    "bot_versions",
    "bots",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
