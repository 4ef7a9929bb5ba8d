/**
 * The statements the send path runs for every message, built and compiled once per database (see
 * db/prepared-query.ts): storing a message, marking it accepted, reading its outbox entry.
 */
import type { Insertable, Selectable } from "kysely";
import { preparedQuery } from "../../db/prepared-query.js";
import type { Placeholder } from "../../db/prepared-query.js";
import type { MessagesTable } from "../../db/tables/foundation.js";

export type MessageRow = Selectable<MessagesTable>;

function messageValues(value: Placeholder<MessageRow>): Insertable<MessagesTable> {
  return {
    id: value("id"),
    conversation_id: value("conversation_id"),
    channel_account_id: value("channel_account_id"),
    contact_id: value("contact_id"),
    direction: value("direction"),
    author: value("author"),
    author_user_id: value("author_user_id"),
    content: value("content"),
    native_payload: value("native_payload"),
    provider_message_id: value("provider_message_id"),
    status: value("status"),
    error_code: value("error_code"),
    refusal_code: value("refusal_code"),
    error_reason: value("error_reason"),
    created_at: value("created_at"),
    updated_at: value("updated_at"),
    sent_at: value("sent_at"),
    delivered_at: value("delivered_at"),
    read_at: value("read_at"),
    failed_at: value("failed_at"),
  };
}

export const insertMessageRow = preparedQuery<MessageRow, never>((db, value) =>
  db.insertInto("messages").values(messageValues(value)),
);

/** Inserts an inbound message unless its provider id is stored already (a redelivery). */
export const insertInboundRow = preparedQuery<MessageRow, { id: string }>((db, value) =>
  db
    .insertInto("messages")
    .values(messageValues(value))
    .onConflict((oc) => oc.columns(["channel_account_id", "provider_message_id"]).doNothing())
    .returning("id"),
);

export const markMessageAccepted = preparedQuery<
  { id: string; providerMessageId: string; at: number },
  never
>((db, value) =>
  db
    .updateTable("messages")
    .set({ provider_message_id: value("providerMessageId"), status: "accepted", updated_at: value("at") })
    .where("id", "=", value("id"))
    .where("status", "=", "pending"),
);

export const readOutboxEntry = preparedQuery<
  { id: string },
  Pick<MessageRow, "id" | "status" | "channel_account_id" | "native_payload" | "conversation_id"> & {
    external_id: string;
  }
>((db, value) =>
  db
    .selectFrom("messages")
    .innerJoin("contacts", "contacts.id", "messages.contact_id")
    .select([
      "messages.id",
      "messages.status",
      "messages.channel_account_id",
      "messages.native_payload",
      "messages.conversation_id",
      "contacts.external_id",
    ])
    .where("messages.id", "=", value("id")),
);
