/** Raw webhook events, stored once per platform event (a redelivery is a no-op) before any processing. */
import { createHash } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.js";
import { newId } from "../../ids.js";

export interface NewWebhookEvent {
  channel: string;
  channelAccountId: string;
  dedupeKey: string | undefined;
  body: Record<string, unknown>;
}

export interface StoredWebhookEvent {
  id: string;
  channel: string;
  channelAccountId: string;
  payload: unknown;
  processedAt: number | null;
}

/** Events this process stored and has not processed yet, kept so processing skips reading them back. */
const MAX_RECENT = 2_000;

export class WebhookEventRepository {
  private readonly recent = new Map<string, StoredWebhookEvent>();

  constructor(private readonly db: Kysely<Database>) {}

  /** Stores the events not seen before and returns their ids, in order. */
  async insertNew(
    trx: Transaction<Database>,
    events: NewWebhookEvent[],
    receivedAt: number,
  ): Promise<string[]> {
    if (events.length === 0) return [];
    const rows = events.map((event) => {
      const payload = JSON.stringify(event.body);
      return {
        id: newId(),
        channel: event.channel,
        channel_account_id: event.channelAccountId,
        dedupe_key: event.dedupeKey ?? `sha256:${createHash("sha256").update(payload).digest("hex")}`,
        payload,
        received_at: receivedAt,
        processed_at: null,
      };
    });
    const inserted = await trx
      .insertInto("webhook_events")
      .values(rows)
      .onConflict((oc) => oc.columns(["channel", "dedupe_key"]).doNothing())
      .returning("id")
      .execute();
    const ids = new Set(inserted.map((r) => r.id));
    const stored: string[] = [];
    rows.forEach((row, index) => {
      const event = events[index];
      if (event === undefined || !ids.has(row.id)) return;
      this.remember(row.id, event);
      stored.push(row.id);
    });
    return stored;
  }

  /**
   * The stored event. One this process just stored comes from memory, once (its insert may still be
   * uncommitted or rolled back, but only a committed event's job asks for it); others from the table.
   */
  async get(id: string): Promise<StoredWebhookEvent | undefined> {
    const recent = this.recent.get(id);
    if (recent !== undefined) {
      this.recent.delete(id);
      return recent;
    }
    const row = await this.db
      .selectFrom("webhook_events")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      id: row.id,
      channel: row.channel,
      channelAccountId: row.channel_account_id,
      payload: JSON.parse(row.payload),
      processedAt: row.processed_at,
    };
  }

  private remember(id: string, event: NewWebhookEvent): void {
    if (this.recent.size >= MAX_RECENT) {
      const oldest = this.recent.keys().next();
      if (oldest.done !== true) this.recent.delete(oldest.value);
    }
    this.recent.set(id, {
      id,
      channel: event.channel,
      channelAccountId: event.channelAccountId,
      payload: event.body,
      processedAt: null,
    });
  }

  async markProcessed(db: Kysely<Database> | Transaction<Database>, id: string): Promise<void> {
    await db
      .updateTable("webhook_events")
      .set({ processed_at: Date.now() })
      .where("id", "=", id)
      .where("processed_at", "is", null)
      .execute();
  }

  /** Events stored before `olderThan` and never processed (their job was lost, e.g. Redis restarted). */
  async unprocessed(olderThan: number, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom("webhook_events")
      .select("id")
      .where("processed_at", "is", null)
      .where("received_at", "<", olderThan)
      .orderBy("received_at")
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }
}
