/** API tokens for integrations: shown once when created, stored as SHA-256, revocable. */
import type { Kysely, Selectable } from "kysely";
import type { ApiTokensTable, Database } from "../../db/schema.js";
import { newId } from "../../ids.js";
import { newSecret, secretHash } from "./token-secret.js";

/** Every API token starts with this, so a leaked one is easy to recognise (and to scan for). */
export const API_TOKEN_PREFIX = "sbt_";

export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  /** The token's last 4 characters. */
  hint: string;
  lastUsedAt: number | null;
  revokedAt: number | null;
  createdAt: number;
}

export class ApiTokenRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(userId: string, name: string): Promise<{ token: string; apiToken: ApiToken }> {
    const token = newSecret(API_TOKEN_PREFIX);
    const row = {
      id: newId(),
      user_id: userId,
      name,
      token_hash: secretHash(token),
      hint: token.slice(-4),
      last_used_at: null,
      revoked_at: null,
      created_at: Date.now(),
    };
    await this.db.insertInto("api_tokens").values(row).execute();
    return { token, apiToken: toApiToken(row) };
  }

  /** The live token a bearer secret belongs to; its use is noted at most once a minute. */
  async resolve(token: string, now = Date.now()): Promise<ApiToken | undefined> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
    const row = await this.db
      .selectFrom("api_tokens")
      .selectAll()
      .where("token_hash", "=", secretHash(token))
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    if (row.last_used_at === null || now - Number(row.last_used_at) >= 60_000) {
      await this.db.updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", row.id).execute();
    }
    return toApiToken(row);
  }

  /** Newest first; only `userId`'s when given. */
  async list(userId?: string): Promise<ApiToken[]> {
    let query = this.db
      .selectFrom("api_tokens")
      .selectAll()
      .orderBy("created_at", "desc")
      .orderBy("id", "desc");
    if (userId !== undefined) query = query.where("user_id", "=", userId);
    return (await query.execute()).map(toApiToken);
  }

  async get(id: string): Promise<ApiToken | undefined> {
    const row = await this.db.selectFrom("api_tokens").selectAll().where("id", "=", id).executeTakeFirst();
    return row === undefined ? undefined : toApiToken(row);
  }

  async revoke(id: string, now = Date.now()): Promise<void> {
    await this.db
      .updateTable("api_tokens")
      .set({ revoked_at: now })
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .execute();
  }
}

function toApiToken(row: Selectable<ApiTokensTable>): ApiToken {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    hint: row.hint,
    lastUsedAt: row.last_used_at === null ? null : Number(row.last_used_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
    createdAt: Number(row.created_at),
  };
}
