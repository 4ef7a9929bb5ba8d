/**
 * People and access: console users with a role and their stores, sign-in sessions, API tokens, the audit
 * log; and who owns a conversation (the agent it is assigned to, the store whose queue it is in).
 */
import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.js";

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("capacity", "integer")
    .addColumn("active", "integer", (c) => c.notNull())
    .addColumn("last_sign_in_at", "bigint")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("user_stores")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("store_id", "text", (c) => c.notNull().references("stores.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("user_stores_pk", ["user_id", "store_id"])
    .execute();
  await db.schema.createIndex("user_stores_store").on("user_stores").column("store_id").execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("last_seen_at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("hint", "text", (c) => c.notNull())
    .addColumn("last_used_at", "bigint")
    .addColumn("revoked_at", "bigint")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("actor_kind", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("actor_label", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target", "text")
    .addColumn("detail", "text", (c) => c.notNull())
    .addColumn("ip", "text")
    .execute();
  await db.schema.createIndex("audit_log_at").on("audit_log").column("at").execute();
  await db.schema.createIndex("audit_log_action_at").on("audit_log").columns(["action", "at"]).execute();

  await db.schema.alterTable("messages").addColumn("author_user_id", "text").execute();
  await db.schema.alterTable("conversations").addColumn("assigned_user_id", "text").execute();
  await db.schema.alterTable("conversations").addColumn("store_id", "text").execute();
  await db.schema.alterTable("conversations").addColumn("assigned_at", "bigint").execute();
  await db.schema
    .createIndex("conversations_assigned_user")
    .on("conversations")
    .columns(["assigned_user_id", "status"])
    .execute();
  await db.schema
    .createIndex("conversations_store_status")
    .on("conversations")
    .columns(["store_id", "status"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("conversations_store_status").ifExists().execute();
  await db.schema.dropIndex("conversations_assigned_user").ifExists().execute();
  await db.schema.alterTable("conversations").dropColumn("assigned_at").execute();
  await db.schema.alterTable("conversations").dropColumn("store_id").execute();
  await db.schema.alterTable("conversations").dropColumn("assigned_user_id").execute();
  await db.schema.alterTable("messages").dropColumn("author_user_id").execute();
  await db.schema.dropTable("audit_log").ifExists().execute();
  await db.schema.dropTable("api_tokens").ifExists().execute();
  await db.schema.dropTable("sessions").ifExists().execute();
  await db.schema.dropTable("user_stores").ifExists().execute();
  await db.schema.dropTable("users").ifExists().execute();
}
