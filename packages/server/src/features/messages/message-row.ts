/** Turns a stored message row into a Message, checking the stored JSON on the way in. */
import type { Selectable } from "kysely";
import { z } from "zod";
import { OutboundMessageSchema } from "@switchboard/core";
import type { InboundContent } from "@switchboard/core";
import { readJsonColumn } from "../../db/json-column.js";
import type { MessagesTable } from "../../db/schema.js";
import type { Message } from "./message.js";

// Inbound content was produced by our own channel parsers; the schema checks its shape, not every field.
const InboundContentSchema = z.custom<InboundContent>(
  (value) => typeof value === "object" && value !== null && "kind" in value && typeof value.kind === "string",
  "inbound content must be an object with a kind",
);

export function toMessage(row: Selectable<MessagesTable>): Message {
  const base = {
    id: row.id,
    conversationId: row.conversation_id,
    channelAccountId: row.channel_account_id,
    contactId: row.contact_id,
    author: row.author,
    authorUserId: row.author_user_id ?? null,
    status: row.status,
    error:
      row.error_reason === null || row.refusal_code !== null
        ? null
        : { code: row.error_code, reason: row.error_reason },
    refusal:
      row.refusal_code === null
        ? null
        : { code: row.refusal_code, reason: row.error_reason ?? row.refusal_code },
    providerMessageId: row.provider_message_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sentAt: row.sent_at,
    deliveredAt: row.delivered_at,
    readAt: row.read_at,
    failedAt: row.failed_at,
  };
  if (row.direction === "inbound") {
    return {
      ...base,
      direction: "inbound",
      content: readJsonColumn(InboundContentSchema, row.content, "messages.content"),
    };
  }
  return {
    ...base,
    direction: "outbound",
    content: readJsonColumn(OutboundMessageSchema, row.content, "messages.content"),
  };
}
