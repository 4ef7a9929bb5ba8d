/** Stores conversations: one open conversation per contact, found or opened when a message arrives. */
import { sql } from "kysely";
import type { Kysely, RawBuilder, Selectable, SelectQueryBuilder, Transaction } from "kysely";
import type { ConversationsTable, Database } from "../../db/schema.js";
import type { DialectName } from "../../db/dialect.js";
import { preparedQuery } from "../../db/prepared-query.js";
import type { Placeholder } from "../../db/prepared-query.js";
import { newId } from "../../ids.js";
import type { ConversationScope } from "../people/actor.js";
import type { Conversation, ConversationStatus } from "./conversation.js";
import { unreadBy } from "./conversation-reads.repository.js";

/** What the inbox lists: a status, an owner, a store, a channel, a tag; always within the caller's scope. */
export interface ConversationFilter {
  status?: ConversationStatus;
  /** A user id, or null for conversations nobody is assigned. */
  assignedUserId?: string | null;
  storeId?: string;
  channel?: string;
  channelAccountId?: string;
  tag?: string;
  scope?: ConversationScope;
  /** Only those this user has not read: the customer wrote after the user last opened it (or never did). */
  unreadFor?: string;
}

type ListTables = "conversations" | "contacts" | "channel_accounts";

export interface ConversationListItem extends Conversation {
  contact: { id: string; displayName: string | null; externalId: string };
  channel: string;
}

export interface ConversationActivity {
  /** When the newest message of this change was sent or received. */
  at: number;
  preview: string;
  /** When the customer wrote, if this change includes a customer message. */
  inboundAt?: number;
  /** The bot's new state, if it moved. */
  botState?: unknown;
  /** The conversation's new status, e.g. `pending` when the bot hands over to people. */
  status?: ConversationStatus;
}

function openConversationQuery(db: Kysely<Database>, value: Placeholder<{ contactId: string }>) {
  return (
    db
      .selectFrom("conversations")
      .selectAll()
      .where("contact_id", "=", value("contactId"))
      // A literal, not a parameter: only then can SQLite's planner use the partial index of open conversations.
      .where("status", "<>", sql.lit("closed"))
  );
}

/** The contact's open conversation. */
const openConversation = preparedQuery<{ contactId: string }, Selectable<ConversationsTable>>(
  openConversationQuery,
);

/** The same, locked for the transaction (PostgreSQL), so two workers handle one contact one after the other. */
const openConversationLocked = preparedQuery<{ contactId: string }, Selectable<ConversationsTable>>(
  (db, value) => openConversationQuery(db, value).forUpdate(),
);

interface ActivityValues {
  id: string;
  at: number;
  preview: string;
  /** A new status, or null to keep it. */
  status: ConversationStatus | null;
  /** When the customer wrote, or null when this activity has no customer message. */
  inboundAt: number | null;
  /** The bot's new state as JSON, or null to keep it. */
  botState: string | null;
  now: number;
}

/**
 * A turn's one write, the same statement whatever the turn changed: `last_message_at` and `last_inbound_at`
 * only move forward; a new status leaves the queue's stay (unless it is `pending`, whose first entry is kept).
 */
const recordConversationActivity = preparedQuery<ActivityValues, never>((db, value) => {
  const status = sql<string | null>`cast(${value("status")} as text)`;
  const inboundAt = sql<number | null>`cast(${value("inboundAt")} as bigint)`;
  const at = sql<number>`cast(${value("at")} as bigint)`;
  return db
    .updateTable("conversations")
    .set({
      status: sql<ConversationStatus>`coalesce(${status}, status)`,
      queue_reply_sent_at: sql<
        number | null
      >`case when ${status} is null or ${status} = 'pending' then queue_reply_sent_at else null end`,
      first_queued_at: sql<
        number | null
      >`case when ${status} = 'pending' then coalesce(first_queued_at, ${at}) else first_queued_at end`,
      last_message_at: sql<number>`case when last_message_at > ${at} then last_message_at else ${at} end`,
      last_message_preview: value("preview"),
      last_inbound_at: sql<
        number | null
      >`case when ${inboundAt} is null then last_inbound_at when last_inbound_at is not null and last_inbound_at > ${inboundAt} then last_inbound_at else ${inboundAt} end`,
      bot_state: sql<string>`coalesce(cast(${value("botState")} as text), bot_state)`,
      updated_at: value("now"),
    })
    .where("id", "=", value("id"));
});

export class ConversationRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /**
   * The contact's open conversation, locked for this transaction on PostgreSQL (so two workers handle one
   * contact's messages one after the other), or a new pending one.
   */
  async openForContact(
    trx: Transaction<Database>,
    channelAccountId: string,
    contactId: string,
    at: number,
    initialStatus: ConversationStatus = "pending",
    /** The status instead when the contact had a conversation before that was closed (a return). */
    returnStatus: ConversationStatus = initialStatus,
  ): Promise<Conversation> {
    const existing = await this.findOpen(trx, contactId);
    if (existing !== undefined) return existing;
    const returning =
      returnStatus !== initialStatus &&
      (await trx
        .selectFrom("conversations")
        .select("id")
        .where("contact_id", "=", contactId)
        .executeTakeFirst()) !== undefined;
    const inserted = await trx
      .insertInto("conversations")
      .values({
        id: newId(),
        channel_account_id: channelAccountId,
        contact_id: contactId,
        status: returning ? returnStatus : initialStatus,
        first_queued_at: (returning ? returnStatus : initialStatus) === "pending" ? at : null,
        bot_state: "{}",
        last_message_at: at,
        last_inbound_at: null,
        last_message_preview: "",
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted !== undefined) return toConversation(inserted);
    // Another worker opened one first (PostgreSQL): that one is the conversation.
    const created = await this.findOpen(trx, contactId);
    if (created === undefined) throw new Error(`Could not open a conversation for contact ${contactId}`);
    return created;
  }

  /** Closes the account's in-progress conversations with no message since `before`; their ids. */
  async closeIdle(channelAccountId: string, before: number): Promise<string[]> {
    const rows = await this.db
      .updateTable("conversations")
      .set({ status: "closed", updated_at: Date.now() })
      .where("channel_account_id", "=", channelAccountId)
      .where("status", "=", "in_progress")
      .where("last_message_at", "<", before)
      .returning("id")
      .execute();
    return rows.map((row) => row.id);
  }

  /** A conversation read inside a transaction, locked on PostgreSQL so its bot state moves one step at a time. */
  async lockForTurn(trx: Transaction<Database>, id: string): Promise<Conversation | undefined> {
    let query = trx.selectFrom("conversations").selectAll().where("id", "=", id);
    if (this.dialect === "postgres") query = query.forUpdate();
    const row = await query.executeTakeFirst();
    return row === undefined ? undefined : toConversation(row);
  }

  async setStatus(
    id: string,
    status: ConversationStatus,
    trx: Transaction<Database> | Kysely<Database> = this.db,
  ): Promise<void> {
    await trx
      .updateTable("conversations")
      .set({
        status,
        ...queueStayAfter(status),
        ...firstQueuedAt(status, Date.now()),
        updated_at: Date.now(),
      })
      .where("id", "=", id)
      .execute();
  }

  private async findOpen(trx: Transaction<Database>, contactId: string): Promise<Conversation | undefined> {
    const query = this.dialect === "postgres" ? openConversationLocked : openConversation;
    const row = (await query(trx, { contactId })).rows[0];
    return row === undefined ? undefined : toConversation(row);
  }

  /** One write per turn: moves `last_message_at` and `last_inbound_at` forward only, keeps the bot's state. */
  async recordActivity(
    trx: Transaction<Database>,
    id: string,
    activity: ConversationActivity,
  ): Promise<void> {
    await recordConversationActivity(trx, {
      id,
      at: activity.at,
      preview: activity.preview,
      status: activity.status ?? null,
      inboundAt: activity.inboundAt ?? null,
      botState: activity.botState === undefined ? null : JSON.stringify(activity.botState),
      now: Date.now(),
    });
  }

  async get(id: string): Promise<ConversationListItem | undefined> {
    const row = await this.listQuery().where("conversations.id", "=", id).executeTakeFirst();
    return row === undefined ? undefined : toListItem(row);
  }

  /** Newest activity first. The cursor is `<last_message_at>:<id>` of the last item. */
  async list(
    options: ConversationFilter & { limit: number; cursor?: string },
  ): Promise<{ items: ConversationListItem[]; nextCursor: string | null }> {
    let query = this.filtered(this.listQuery(), options)
      .orderBy("conversations.last_message_at", "desc")
      .orderBy("conversations.id", "desc")
      .limit(options.limit + 1);
    const cursor = parseCursor(options.cursor);
    if (cursor !== undefined) {
      query = query.where((eb) =>
        eb.or([
          eb("conversations.last_message_at", "<", cursor.at),
          eb.and([
            eb("conversations.last_message_at", "=", cursor.at),
            eb("conversations.id", "<", cursor.id),
          ]),
        ]),
      );
    }
    const rows = await query.execute();
    const items = rows.slice(0, options.limit).map(toListItem);
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        rows.length > options.limit && last !== undefined ? `${last.lastMessageAt}:${last.id}` : null,
    };
  }

  /** How many conversations match each status, within the filter (the inbox's folder counts). */
  async countByStatus(filter: ConversationFilter): Promise<Record<ConversationStatus, number>> {
    const rows = await this.filtered(this.listQuery().clearSelect(), { ...filter, status: undefined })
      .select(["conversations.status", (eb) => eb.fn.countAll<string | number>().as("n")])
      .groupBy("conversations.status")
      .execute();
    const counts: Record<ConversationStatus, number> = { bot: 0, pending: 0, in_progress: 0, closed: 0 };
    for (const row of rows) counts[row.status] = Number(row.n);
    return counts;
  }

  /** Assigns (or unassigns, with null) a person, and sets the store when given. */
  async assign(
    id: string,
    change: { assignedUserId: string | null; storeId?: string | null },
    trx: Transaction<Database> | Kysely<Database> = this.db,
  ): Promise<void> {
    const now = Date.now();
    await trx
      .updateTable("conversations")
      .set({
        assigned_user_id: change.assignedUserId,
        assigned_at: change.assignedUserId === null ? null : now,
        ...(change.storeId === undefined ? {} : { store_id: change.storeId }),
        updated_at: now,
      })
      .where("id", "=", id)
      .execute();
  }

  private filtered<O>(
    query: SelectQueryBuilder<Database, ListTables, O>,
    filter: ConversationFilter & { status?: ConversationStatus | undefined },
  ): SelectQueryBuilder<Database, ListTables, O> {
    let q = query;
    if (filter.status !== undefined) q = q.where("conversations.status", "=", filter.status);
    if (filter.assignedUserId !== undefined) {
      q =
        filter.assignedUserId === null
          ? q.where("conversations.assigned_user_id", "is", null)
          : q.where("conversations.assigned_user_id", "=", filter.assignedUserId);
    }
    if (filter.storeId !== undefined) q = q.where("conversations.store_id", "=", filter.storeId);
    if (filter.channel !== undefined) q = q.where("channel_accounts.channel", "=", filter.channel);
    if (filter.channelAccountId !== undefined) {
      q = q.where("conversations.channel_account_id", "=", filter.channelAccountId);
    }
    if (filter.tag !== undefined) {
      const tag = filter.tag;
      q = q.where("conversations.contact_id", "in", (eb) =>
        eb.selectFrom("contact_tags").select("contact_tags.contact_id").where("contact_tags.tag", "=", tag),
      );
    }
    if (filter.unreadFor !== undefined) q = q.where(unreadBy(filter.unreadFor));
    const scope = filter.scope;
    if (scope !== undefined && scope.kind === "scoped") {
      q = q.where((eb) => {
        const mine = eb("conversations.assigned_user_id", "=", scope.userId);
        if (scope.storeIds.length === 0) return mine;
        const inStores = eb("conversations.store_id", "in", scope.storeIds);
        return eb.or([
          mine,
          scope.wholeStores ? inStores : eb.and([inStores, eb("conversations.assigned_user_id", "is", null)]),
        ]);
      });
    }
    return q;
  }

  private listQuery() {
    return this.db
      .selectFrom("conversations")
      .innerJoin("contacts", "contacts.id", "conversations.contact_id")
      .innerJoin("channel_accounts", "channel_accounts.id", "conversations.channel_account_id")
      .selectAll("conversations")
      .select([
        "contacts.display_name as contact_display_name",
        "contacts.external_id as contact_external_id",
        "channel_accounts.channel as channel",
      ]);
  }
}

/** Leaving the queue ends the stay: the next time it enters, the customer may get a queue reply again. */
function queueStayAfter(status: ConversationStatus): { queue_reply_sent_at?: null } {
  return status === "pending" ? {} : { queue_reply_sent_at: null };
}

/** The first entry into the queue is kept (first-response times start there); later entries leave it. */
function firstQueuedAt(status: ConversationStatus, at: number): { first_queued_at?: RawBuilder<number> } {
  return status === "pending" ? { first_queued_at: sql<number>`coalesce(first_queued_at, ${at})` } : {};
}

function parseCursor(cursor: string | undefined): { at: number; id: string } | undefined {
  if (cursor === undefined) return undefined;
  const [at, id] = cursor.split(":");
  if (at === undefined || id === undefined || !/^\d+$/.test(at)) return undefined;
  return { at: Number(at), id };
}

export function toConversation(row: Selectable<ConversationsTable>): Conversation {
  return {
    id: row.id,
    channelAccountId: row.channel_account_id,
    contactId: row.contact_id,
    status: row.status,
    botState: JSON.parse(row.bot_state),
    lastMessageAt: row.last_message_at,
    lastInboundAt: row.last_inbound_at,
    lastMessagePreview: row.last_message_preview,
    assignedUserId: row.assigned_user_id,
    storeId: row.store_id,
    assignedAt: row.assigned_at === null ? null : Number(row.assigned_at),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

type ListRow = Selectable<ConversationsTable> & {
  contact_display_name: string | null;
  contact_external_id: string;
  channel: string;
};

function toListItem(row: ListRow): ConversationListItem {
  return {
    ...toConversation(row),
    channel: row.channel,
    contact: {
      id: row.contact_id,
      displayName: row.contact_display_name,
      externalId: row.contact_external_id,
    },
  };
}
