/** Raw webhook events, stored once per platform event (a redelivery is a no-op) before any processing. */
import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Insertable, Kysely, Transaction } from "kysely";
import type { DialectName } from "../../db/dialect.js";
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
  receivedAt: number;
}

export interface StoredWebhookEvent {
  id: string;
  channel: string;
  channelAccountId: string;
  payload: unknown;
  processedAt: number | null;
}

type EventRow = Insertable<WebhookEventsTable> & { processed_at: null };

/** Stores one event unless its dedupe key was seen; returns its id when stored. */
const insertEvent = preparedQuery<EventRow, { id: string }>((db, value) =>
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

/** PostgreSQL: many events in one statement, their columns as arrays (one statement text for any count). */
interface EventColumns {
  id: string[];
  channel: string[];
  channel_account_id: string[];
  dedupe_key: string[];
  payload: string[];
  received_at: number[];
}

const insertEvents = preparedQuery<EventColumns, { id: string }>((db, value) => ({
  compile: () =>
    sql<{ id: string }>`insert into webhook_events
      (id, channel, channel_account_id, dedupe_key, payload, received_at, processed_at)
      select e.id, e.channel, e.channel_account_id, e.dedupe_key, e.payload, e.received_at, null
      from unnest(${value("id")}::text[], ${value("channel")}::text[], ${value("channel_account_id")}::text[],
        ${value("dedupe_key")}::text[], ${value("payload")}::text[], ${value("received_at")}::bigint[])
        as e(id, channel, channel_account_id, dedupe_key, payload, received_at)
      on conflict (channel, dedupe_key) do nothing
      returning id`.compile(db),
}));

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

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /**
   * Stores the events not seen before. Answers, for each event in order, its new id, or undefined when it
   * was seen before (a redelivery, or an earlier event of the same list).
   */
  async insertNew(
    trx: Transaction<Database>,
    events: readonly NewWebhookEvent[],
  ): Promise<(string | undefined)[]> {
    const rows: EventRow[] = events.map((event) => {
      const payload = JSON.stringify(event.body);
      return {
        id: newId(),
        channel: event.channel,
        channel_account_id: event.channelAccountId,
        dedupe_key: event.dedupeKey ?? `sha256:${createHash("sha256").update(payload).digest("hex")}`,
        payload,
        received_at: event.receivedAt,
        processed_at: null,
      };
    });
    const stored = new Set(await this.insertRows(trx, rows));
    return rows.map((row, index) => {
      const event = events[index];
      if (event === undefined || !stored.has(row.id)) return undefined;
      this.remember(row.id, event);
      return row.id;
    });
  }

  /** The ids of the rows stored (those whose dedupe key was new). */
  private async insertRows(trx: Transaction<Database>, rows: readonly EventRow[]): Promise<string[]> {
    if (this.dialect === "postgres" && rows.length > 1) {
      const inserted = await insertEvents(trx, {
        id: rows.map((row) => row.id),
        channel: rows.map((row) => row.channel),
        channel_account_id: rows.map((row) => row.channel_account_id),
        dedupe_key: rows.map((row) => row.dedupe_key),
        payload: rows.map((row) => row.payload),
        received_at: rows.map((row) => row.received_at),
      });
      return inserted.rows.map((row) => row.id);
    }
    const ids: string[] = [];
    for (const row of rows) {
      const inserted = await insertEvent(trx, row);
      if (inserted.rows.length > 0) ids.push(row.id);
    }
    return ids;
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
