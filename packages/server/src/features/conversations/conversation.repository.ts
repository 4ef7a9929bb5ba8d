/** Stores conversations: one open conversation per contact, found or opened when a message arrives. */
import { sql } from "kysely";
import type { Kysely, Selectable, Transaction } from "kysely";
import type { ConversationsTable, Database } from "../../db/schema.js";
import type { DialectName } from "../../db/dialect.js";
import { newId } from "../../ids.js";
import type { Conversation, ConversationStatus } from "./conversation.js";

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
    await trx
      .insertInto("conversations")
      .values({
        id: newId(),
        channel_account_id: channelAccountId,
        contact_id: contactId,
        status: returning ? returnStatus : initialStatus,
        bot_state: "{}",
        last_message_at: at,
        last_inbound_at: null,
        last_message_preview: "",
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
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
      .set({ status, ...queueStayAfter(status), updated_at: Date.now() })
      .where("id", "=", id)
      .execute();
  }

  private async findOpen(trx: Transaction<Database>, contactId: string): Promise<Conversation | undefined> {
    let query = trx
      .selectFrom("conversations")
      .selectAll()
      .where("contact_id", "=", contactId)
      .where("status", "<>", "closed");
    if (this.dialect === "postgres") query = query.forUpdate();
    const row = await query.executeTakeFirst();
    return row === undefined ? undefined : toConversation(row);
  }

  /** One write per turn: moves `last_message_at` and `last_inbound_at` forward only, keeps the bot's state. */
  async recordActivity(
    trx: Transaction<Database>,
    id: string,
    activity: ConversationActivity,
  ): Promise<void> {
    await trx
      .updateTable("conversations")
      .set({
        ...(activity.status === undefined
          ? {}
          : { status: activity.status, ...queueStayAfter(activity.status) }),
        last_message_at: sql<number>`case when last_message_at > ${activity.at} then last_message_at else ${activity.at} end`,
        last_message_preview: activity.preview,
        ...(activity.inboundAt === undefined
          ? {}
          : {
              last_inbound_at: sql<number>`case when last_inbound_at is not null and last_inbound_at > ${activity.inboundAt} then last_inbound_at else ${activity.inboundAt} end`,
            }),
        ...(activity.botState === undefined ? {} : { bot_state: JSON.stringify(activity.botState) }),
        updated_at: Date.now(),
      })
      .where("id", "=", id)
      .execute();
  }

  async get(id: string): Promise<ConversationListItem | undefined> {
    const row = await this.listQuery().where("conversations.id", "=", id).executeTakeFirst();
    return row === undefined ? undefined : toListItem(row);
  }

  /** Newest activity first. The cursor is `<last_message_at>:<id>` of the last item. */
  async list(options: {
    status?: ConversationStatus;
    limit: number;
    cursor?: string;
  }): Promise<{ items: ConversationListItem[]; nextCursor: string | null }> {
    let query = this.listQuery()
      .orderBy("conversations.last_message_at", "desc")
      .orderBy("conversations.id", "desc")
      .limit(options.limit + 1);
    if (options.status !== undefined) query = query.where("conversations.status", "=", options.status);
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
