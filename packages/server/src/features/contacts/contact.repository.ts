/** Stores contacts. Inbound messages upsert them atomically by (channel account, platform id). */
import { sql } from "kysely";
import type { Insertable, Kysely, Selectable, Transaction } from "kysely";
import { z } from "zod";
import type { InboundSender } from "@switchboard/core";
import { readJsonColumn } from "../../db/json-column.js";
import { preparedQuery } from "../../db/prepared-query.js";
import type { ContactsTable, Database } from "../../db/schema.js";
import { newId } from "../../ids.js";
import type { Contact } from "./contact.js";

const AttributesSchema = z.record(z.string(), z.unknown());

/** The contact who just wrote, inserted or refreshed (the newest name, the latest inbound time). */
const upsertInbound = preparedQuery<NewContactRow, Selectable<ContactsTable>>((db, value) =>
  db
    .insertInto("contacts")
    .values({
      id: value("id"),
      channel_account_id: value("channel_account_id"),
      external_id: value("external_id"),
      scoped_id: value("scoped_id"),
      display_name: value("display_name"),
      phone: value("phone"),
      attributes: value("attributes"),
      merged_into_id: value("merged_into_id"),
      last_inbound_at: value("last_inbound_at"),
      created_at: value("created_at"),
      updated_at: value("updated_at"),
    })
    .onConflict((oc) =>
      oc.columns(["channel_account_id", "external_id"]).doUpdateSet({
        display_name: sql<string | null>`coalesce(excluded.display_name, contacts.display_name)`,
        scoped_id: sql<string | null>`coalesce(excluded.scoped_id, contacts.scoped_id)`,
        last_inbound_at: sql<number>`case when contacts.last_inbound_at is null or excluded.last_inbound_at > contacts.last_inbound_at then excluded.last_inbound_at else contacts.last_inbound_at end`,
        updated_at: sql<number>`excluded.updated_at`,
      }),
    )
    .returningAll(),
);

export interface ContactPage {
  items: Contact[];
  nextCursor: string | null;
}

export class ContactRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Creates or refreshes the contact who just wrote: keeps the newest name and the latest inbound time
   * (webhooks arrive out of order, so an older message never moves `last_inbound_at` back).
   */
  async upsertFromInbound(
    trx: Transaction<Database>,
    channelAccountId: string,
    sender: InboundSender,
    inboundAt: number,
  ): Promise<Contact> {
    const now = Date.now();
    const result = await upsertInbound(
      trx,
      newContactRow(channelAccountId, sender, now, {
        phone: /^\d{6,15}$/.test(sender.externalId) ? `+${sender.externalId}` : null,
        lastInboundAt: inboundAt,
      }),
    );
    const row = result.rows[0];
    if (row === undefined)
      throw new Error(`The contact ${sender.externalId} was neither inserted nor updated`);
    return toContact(row);
  }

  /**
   * The contact with this platform id, created when new, without touching `last_inbound_at`: someone who
   * commented on a post has not written to the business, so no messaging window opens.
   */
  async ensureKnown(
    db: Kysely<Database> | Transaction<Database>,
    channelAccountId: string,
    sender: InboundSender,
  ): Promise<Contact> {
    const row = await db
      .insertInto("contacts")
      .values(newContactRow(channelAccountId, sender, Date.now(), { phone: null, lastInboundAt: null }))
      .onConflict((oc) =>
        oc.columns(["channel_account_id", "external_id"]).doUpdateSet({
          display_name: sql<string | null>`coalesce(contacts.display_name, excluded.display_name)`,
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return toContact(row);
  }

  /** The contact with this platform id on the account, read with `db` (a transaction or not). */
  async findByExternalId(
    db: Kysely<Database> | Transaction<Database>,
    channelAccountId: string,
    externalId: string,
  ): Promise<Contact | undefined> {
    const row = await db
      .selectFrom("contacts")
      .selectAll()
      .where("channel_account_id", "=", channelAccountId)
      .where("external_id", "=", externalId)
      .executeTakeFirst();
    return row === undefined ? undefined : toContact(row);
  }

  async get(id: string): Promise<Contact | undefined> {
    const row = await this.db.selectFrom("contacts").selectAll().where("id", "=", id).executeTakeFirst();
    return row === undefined ? undefined : toContact(row);
  }

  /** Newest first; the cursor is the last id of the previous page. */
  async list(limit: number, cursor: string | undefined): Promise<ContactPage> {
    let query = this.db
      .selectFrom("contacts")
      .selectAll()
      .orderBy("id", "desc")
      .limit(limit + 1);
    if (cursor !== undefined) query = query.where("id", "<", cursor);
    const rows = await query.execute();
    const items = rows.slice(0, limit).map(toContact);
    return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
  }
}

/** A new contact's row for `sender` on the account, with no attributes yet. */
type NewContactRow = Required<Insertable<ContactsTable>>;

function newContactRow(
  channelAccountId: string,
  sender: InboundSender,
  now: number,
  known: { phone: string | null; lastInboundAt: number | null },
): NewContactRow {
  return {
    id: newId(),
    channel_account_id: channelAccountId,
    external_id: sender.externalId,
    scoped_id: sender.scopedId ?? null,
    display_name: sender.displayName ?? null,
    phone: known.phone,
    attributes: "{}",
    merged_into_id: null,
    last_inbound_at: known.lastInboundAt,
    created_at: now,
    updated_at: now,
  };
}

export function toContact(row: Selectable<ContactsTable>): Contact {
  return {
    id: row.id,
    channelAccountId: row.channel_account_id,
    externalId: row.external_id,
    scopedId: row.scoped_id,
    displayName: row.display_name,
    phone: row.phone,
    attributes: readJsonColumn(AttributesSchema, row.attributes, "contacts.attributes"),
    lastInboundAt: row.last_inbound_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
