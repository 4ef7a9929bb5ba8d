/** Raw webhook events, stored once per platform event (a redelivery is a no-op) before any processing. */
import { createHash } from "node:crypto";
import type { Insertable, Kysely, Transaction } from "kysely";
import { JustStored } from "../../db/just-stored.js";
import { preparedQuery } from "../../db/prepared-query.js";
import type { Database } from "../../db/schema.js";
import type { WebhookEventsTable } from "../../db/tables/foundation.js";
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

/** Stores one event unless its dedupe key was seen; returns its id when stored. */
const insertEvent = preparedQuery<Insertable<WebhookEventsTable> & { processed_at: null }, { id: string }>(
  (db, value) =>
    db
      .insertInto("webhook_events")
      .values({
        id: value("id"),
        channel: value("channel"),
        channel_account_id: value("channel_account_id"),
        dedupe_key: value("dedupe_key"),
        payload: value("payload"),
        received_at: value("received_at"),
        processed_at: null,
      })
      .onConflict((oc) => oc.columns(["channel", "dedupe_key"]).doNothing())
      .returning("id"),
);

const markEventProcessed = preparedQuery<{ id: string; at: number }, never>((db, value) =>
  db
    .updateTable("webhook_events")
    .set({ processed_at: value("at") })
    .where("id", "=", value("id"))
    .where("processed_at", "is", null),
);

export class WebhookEventRepository {
  /** Events this process stored and has not processed yet, kept so processing skips reading them back. */
  private readonly justStored = new JustStored<StoredWebhookEvent>({ max: 2_000 });

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
    const stored: string[] = [];
    for (const [index, row] of rows.entries()) {
      const inserted = await insertEvent(trx, row);
      const event = events[index];
      if (event === undefined || inserted.rows.length === 0) continue;
      this.remember(row.id, event);
      stored.push(row.id);
    }
    return stored;
  }

  /**
   * The stored event. One this process just stored comes from memory, once (its insert may still be
   * uncommitted or rolled back, but only a committed event's job asks for it); others from the table.
   */
  async get(id: string): Promise<StoredWebhookEvent | undefined> {
    const recent = this.justStored.take(id);
    if (recent !== undefined) return recent;
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
    this.justStored.remember(id, {
      id,
      channel: event.channel,
      channelAccountId: event.channelAccountId,
      payload: event.body,
      processedAt: null,
    });
  }

  async markProcessed(db: Kysely<Database> | Transaction<Database>, id: string): Promise<void> {
    await markEventProcessed(db, { id, at: Date.now() });
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
