/** The admin API token: ADMIN_TOKEN, or one generated at first start and kept sealed in the database. */
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import type { SecretBox } from "../../security/secret-box.js";

const KEY = "admin_token";

export async function resolveAdminToken(
  db: Kysely<Database>,
  box: SecretBox,
  configured: string | undefined,
): Promise<string> {
  if (configured !== undefined) return configured;
  const row = await db.selectFrom("app_settings").select("value").where("key", "=", KEY).executeTakeFirst();
  if (row !== undefined) return box.open(row.value);
  const token = `sb_${randomBytes(24).toString("base64url")}`;
  await db
    .insertInto("app_settings")
    .values({ key: KEY, value: box.seal(token), updated_at: Date.now() })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  // Another process may have created it first: read back the one that won.
  const stored = await db
    .selectFrom("app_settings")
    .select("value")
    .where("key", "=", KEY)
    .executeTakeFirstOrThrow();
  return box.open(stored.value);
}
