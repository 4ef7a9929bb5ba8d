/** Stores the widget's visitors: the browser's token only as a SHA-256 hash, and whom the browser speaks as. */
import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { newId } from "../../ids.js";

export interface WebchatVisitor {
  id: string;
  channelAccountId: string;
  /** The contact's platform id on the web chat account. */
  externalId: string;
  userId: string | null;
}

export function hashVisitorToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new opaque token for a browser: 32 random bytes, URL-safe. */
export function newVisitorToken(): string {
  return randomBytes(32).toString("base64url");
}

/** A new anonymous visitor's platform id. */
export function newVisitorExternalId(): string {
  return `v_${randomBytes(12).toString("base64url")}`;
}

/** The platform id of a website's signed-in user: the same on every device. */
export function userExternalId(userId: string): string {
  return `u:${userId}`;
}

export class WebchatVisitorRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByToken(channelAccountId: string, token: string): Promise<WebchatVisitor | undefined> {
    const row = await this.db
      .selectFrom("webchat_visitors")
      .select(["id", "channel_account_id", "external_id", "user_id"])
      .where("token_hash", "=", hashVisitorToken(token))
      .where("channel_account_id", "=", channelAccountId)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : {
          id: row.id,
          channelAccountId: row.channel_account_id,
          externalId: row.external_id,
          userId: row.user_id,
        };
  }

  async create(
    channelAccountId: string,
    token: string,
    externalId: string,
    userId: string | null,
  ): Promise<WebchatVisitor> {
    const now = Date.now();
    const id = newId();
    await this.db
      .insertInto("webchat_visitors")
      .values({
        id,
        channel_account_id: channelAccountId,
        token_hash: hashVisitorToken(token),
        external_id: externalId,
        user_id: userId,
        created_at: now,
        last_seen_at: now,
      })
      .execute();
    return { id, channelAccountId, externalId, userId };
  }

  /** The browser now speaks as the signed-in user (or keeps its identity), seen now. */
  async bind(id: string, externalId: string, userId: string | null): Promise<void> {
    await this.db
      .updateTable("webchat_visitors")
      .set({ external_id: externalId, user_id: userId, last_seen_at: Date.now() })
      .where("id", "=", id)
      .execute();
  }
}
