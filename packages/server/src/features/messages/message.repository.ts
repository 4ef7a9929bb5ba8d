/** Stores messages: inbound ones once per provider id, outbound ones first (the outbox), then their states. */
import type { Kysely, QueryCreator, Transaction } from "kysely";
import { statusesMovedBy } from "@switchboard/core";
import type { InboundContent, OutboundMessage, OutboundStatus } from "@switchboard/core";
import type { DialectName } from "../../db/dialect.js";
import type { Database } from "../../db/schema.js";
import { JustStored } from "../../db/just-stored.js";
import { newId } from "../../ids.js";
import type { Message, MessageAuthor } from "./message.js";
import { toMessage } from "./message-row.js";
import {
  insertInboundRow,
  insertMessageRow,
  markMessageAccepted,
  readOutboxEntry,
} from "./message-statements.js";
import type { MessageRow } from "./message-statements.js";

export interface StoredInbound {
  conversationId: string;
  channelAccountId: string;
  contactId: string;
  providerMessageId: string;
  content: InboundContent;
  nativePayload: unknown;
  at: number;
}

export interface StoredOutbound {
  conversationId: string;
  channelAccountId: string;
  contactId: string;
  author: MessageAuthor;
  /** The user who sent an agent message. */
  authorUserId?: string | null;
  content: OutboundMessage;
  nativePayload: unknown;
  /** The contact's platform id, when the caller knows it: the entry is then kept for the sender. */
  recipientExternalId?: string;
}

/** The message a platform status is about: its provider id, or our own id echoed back. */
export interface StatusRef {
  channelAccountId: string;
  providerMessageId: string;
  ownId?: string;
}

export interface StatusUpdate {
  status: OutboundStatus | "played";
  at: number;
  errorCode?: number;
  errorReason?: string;
}

/** What the sender needs: the stored payload and where it goes. */
export interface OutboxEntry {
  id: string;
  status: string;
  channelAccountId: string;
  nativePayload: string | null;
  recipientExternalId: string;
  conversationId: string;
}

/** The message a platform status moved. */
export interface StatusTarget {
  messageId: string;
  conversationId: string;
}

const statusTimeColumn = {
  sent: "sent_at",
  delivered: "delivered_at",
  read: "read_at",
  failed: "failed_at",
} as const;

/** The delivery columns of a message nothing has happened to yet. */
const NOT_DELIVERED = {
  refusal_code: null,
  error_code: null,
  error_reason: null,
  sent_at: null,
  delivered_at: null,
  read_at: null,
  failed_at: null,
} as const;

export class MessageRepository {
  /**
   * Outbox entries this process just stored, kept for the sender so its first attempt need not read them
   * back; used only while fresh (later attempts, and other processes, read the table).
   */
  private readonly justStored = new JustStored<OutboxEntry>({ max: 2_000, freshForMs: 10_000 });

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /** Stores an inbound message; undefined when this provider id was stored before (a redelivery). */
  async insertInbound(trx: Transaction<Database>, input: StoredInbound): Promise<string | undefined> {
    const id = newId();
    const inserted = await insertInboundRow(trx, {
      id,
      conversation_id: input.conversationId,
      channel_account_id: input.channelAccountId,
      contact_id: input.contactId,
      direction: "inbound",
      author: "contact",
      author_user_id: null,
      content: JSON.stringify(input.content),
      native_payload: JSON.stringify(input.nativePayload),
      provider_message_id: input.providerMessageId,
      status: "received",
      ...NOT_DELIVERED,
      created_at: input.at,
      updated_at: Date.now(),
    });
    return inserted.rows[0]?.id;
  }

  /** Stores an outbound message as pending, before anything is sent. */
  async insertOutbound(
    trx: Transaction<Database> | Kysely<Database>,
    input: StoredOutbound,
  ): Promise<string> {
    const nativePayload = JSON.stringify(input.nativePayload);
    const id = await this.insertOutboundRow(trx, input, { native_payload: nativePayload, status: "pending" });
    if (input.recipientExternalId !== undefined) {
      this.justStored.remember(id, {
        id,
        status: "pending",
        channelAccountId: input.channelAccountId,
        nativePayload,
        recipientExternalId: input.recipientExternalId,
        conversationId: input.conversationId,
      });
    }
    return id;
  }

  /**
   * Stores an outbound message the send policy refused: never sent, visible in the thread with the
   * policy's code and sentence.
   */
  async insertRefused(
    trx: Transaction<Database> | Kysely<Database>,
    input: Omit<StoredOutbound, "nativePayload">,
    refusal: { code: string; reason: string },
  ): Promise<string> {
    return this.insertOutboundRow(trx, input, {
      native_payload: null,
      status: "refused",
      refusal_code: refusal.code,
      error_reason: refusal.reason,
    });
  }

  private async insertOutboundRow(
    trx: Transaction<Database> | Kysely<Database>,
    input: Omit<StoredOutbound, "nativePayload">,
    state: Pick<MessageRow, "native_payload" | "status"> &
      Partial<Pick<MessageRow, "refusal_code" | "error_reason">>,
  ): Promise<string> {
    const id = newId();
    const now = Date.now();
    await insertMessageRow(trx, {
      id,
      conversation_id: input.conversationId,
      channel_account_id: input.channelAccountId,
      contact_id: input.contactId,
      direction: "outbound",
      author: input.author,
      author_user_id: input.authorUserId ?? null,
      content: JSON.stringify(input.content),
      provider_message_id: null,
      ...NOT_DELIVERED,
      ...state,
      created_at: now,
      updated_at: now,
    });
    return id;
  }

  /** When each outbound message to the contact since `since` was stored (refused ones excluded), oldest first. */
  async sentToContactSince(
    trx: Transaction<Database> | Kysely<Database>,
    contactId: string,
    since: number,
  ): Promise<{ at: number }[]> {
    const rows = await trx
      .selectFrom("messages")
      .select("created_at")
      .where("contact_id", "=", contactId)
      .where("direction", "=", "outbound")
      .where("status", "<>", "refused")
      .where("created_at", ">=", since)
      .orderBy("created_at")
      .execute();
    return rows.map((row) => ({ at: row.created_at }));
  }

  /**
   * What the sender needs. A message this process just stored comes from memory, once: only a committed
   * message's send job asks for it, and nothing else moves a pending message on within moments.
   */
  async outboxEntry(id: string): Promise<OutboxEntry | undefined> {
    const recent = this.justStored.take(id);
    if (recent !== undefined) return recent;
    const row = (await readOutboxEntry(this.db, { id })).rows[0];
    if (row === undefined) return undefined;
    return {
      id: row.id,
      status: row.status,
      channelAccountId: row.channel_account_id,
      nativePayload: row.native_payload,
      recipientExternalId: row.external_id,
      conversationId: row.conversation_id,
    };
  }

  /** The platform accepted the message: remember its id (statuses refer to it). */
  async markAccepted(db: Kysely<Database>, id: string, providerMessageId: string): Promise<void> {
    await markMessageAccepted(db, { id, providerMessageId, at: Date.now() });
  }

  /** Outbound ids still pending since before `olderThan` (a crash between storing and sending). */
  async stalePending(olderThan: number, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom("messages")
      .select("id")
      .where("direction", "=", "outbound")
      .where("status", "=", "pending")
      .where("created_at", "<", olderThan)
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /**
   * Applies a platform status to the message with this provider id (or our own id, echoed back by the
   * platform), moving forward only. Undefined when no such message exists yet.
   *
   * One conditional update: the state moves only out of the states the status moves a message out of
   * (see `statusesMovedBy`), judged on the row as the update finds it. Statuses of one message arrive
   * together and are handled by concurrent workers; PostgreSQL re-reads a row another transaction changed
   * before updating it, so a slower `sent` never overwrites a `read` (SQLite writes one at a time).
   */
  async applyStatus(
    trx: Transaction<Database>,
    ref: StatusRef,
    update: StatusUpdate,
  ): Promise<StatusTarget | undefined> {
    const row = await this.statusUpdate(trx, ref, update).executeTakeFirst();
    return row === undefined ? undefined : { messageId: row.id, conversationId: row.conversation_id };
  }

  /** `applyStatus`'s statement, unrun, answering the message's id and conversation: to compose with others. */
  statusUpdate(db: QueryCreator<Database>, ref: StatusRef, update: StatusUpdate) {
    const target = update.status === "played" ? "read" : update.status;
    const moving = statusesMovedBy(update.status);
    const column = target === "pending" || target === "accepted" ? undefined : statusTimeColumn[target];
    const message = db
      .selectFrom("messages")
      .select("id")
      .where("channel_account_id", "=", ref.channelAccountId)
      .where((eb) =>
        ref.ownId === undefined
          ? eb("provider_message_id", "=", ref.providerMessageId)
          : eb.or([eb("provider_message_id", "=", ref.providerMessageId), eb("id", "=", ref.ownId)]),
      )
      .limit(1);
    return (
      db
        .updateTable("messages")
        .set((eb) => {
          // A failure's reason is kept whenever the message ends up failed (a second failure replaces it).
          const failing: OutboundStatus[] = [...moving, "failed"];
          return {
            status:
              moving.length === 0
                ? eb.ref("status")
                : eb.case().when("status", "in", moving).then(target).else(eb.ref("status")).end(),
            provider_message_id: eb.fn.coalesce("provider_message_id", eb.val(ref.providerMessageId)),
            ...(column === undefined ? {} : { [column]: update.at }),
            ...(update.status === "failed"
              ? {
                  error_code: eb
                    .case()
                    .when("status", "in", failing)
                    .then(update.errorCode ?? null)
                    .else(eb.ref("error_code"))
                    .end(),
                  error_reason: eb
                    .case()
                    .when("status", "in", failing)
                    .then(update.errorReason ?? "The platform reported a failure.")
                    .else(eb.ref("error_reason"))
                    .end(),
                }
              : {}),
            updated_at: Date.now(),
          };
        })
        .where("id", "=", message)
        // A refused message was never sent, and a received one is the customer's: no platform status is about them.
        .where("status", "not in", ["received", "refused"])
        .returning(["id", "conversation_id"])
    );
  }

  /**
   * A watermark status (Messenger `read` / `delivery`): every outbound message to the contact that the
   * platform accepted and that was stored at or before `watermark` reaches `status`, moving forward only.
   */
  async applyWatermark(
    trx: Transaction<Database>,
    watermark: { contactId: string; status: "delivered" | "read"; watermark: number; at: number },
  ): Promise<StatusTarget[]> {
    const from: ("accepted" | "sent" | "delivered")[] =
      watermark.status === "read" ? ["accepted", "sent", "delivered"] : ["accepted", "sent"];
    const rows = await trx
      .selectFrom("messages")
      .select(["id", "conversation_id"])
      .where("contact_id", "=", watermark.contactId)
      .where("direction", "=", "outbound")
      .where("status", "in", from)
      .where("created_at", "<=", watermark.watermark)
      .execute();
    if (rows.length === 0) return [];
    await trx
      .updateTable("messages")
      .set({
        status: watermark.status,
        [statusTimeColumn[watermark.status]]: watermark.at,
        updated_at: Date.now(),
      })
      .where(
        "id",
        "in",
        rows.map((row) => row.id),
      )
      .where("status", "in", from)
      .execute();
    return rows.map((row) => ({ messageId: row.id, conversationId: row.conversation_id }));
  }

  /** Marks a message failed before it reached the platform (refused or out of retries). */
  async markFailed(id: string, errorCode: number | null, reason: string): Promise<void> {
    const now = Date.now();
    await this.db
      .updateTable("messages")
      .set({ status: "failed", error_code: errorCode, error_reason: reason, failed_at: now, updated_at: now })
      .where("id", "=", id)
      .where("status", "in", ["pending", "accepted"])
      .execute();
  }

  async get(id: string): Promise<Message | undefined> {
    const row = await this.db.selectFrom("messages").selectAll().where("id", "=", id).executeTakeFirst();
    return row === undefined ? undefined : toMessage(row);
  }

  /**
   * Oldest first. `since` keeps only messages created or changed (a new status) after that time, so a
   * poller sees new messages and new ticks.
   */
  async listForConversation(
    conversationId: string,
    since: number | undefined,
    limit: number,
  ): Promise<Message[]> {
    let query = this.db
      .selectFrom("messages")
      .selectAll()
      .where("conversation_id", "=", conversationId)
      .orderBy("created_at")
      .orderBy("id")
      .limit(limit);
    if (since !== undefined) query = query.where("updated_at", ">", since);
    const rows = await query.execute();
    return rows.map(toMessage);
  }
}
