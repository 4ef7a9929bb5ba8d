/**
 * Reads the widget's thread: the messages of the visitor's person on the web chat account (the browser's
 * earlier anonymous identity included once it signed in), ours only once sent to the widget.
 */
import type { Kysely, Selectable } from "kysely";
import type { Database, MessagesTable } from "../../db/schema.js";
import { readJsonColumn } from "../../db/json-column.js";
import type { PersonLinkRepository } from "../contacts/person-links.repository.js";
import { z } from "zod";
import type { InboundContent } from "@switchboard/core";
import { outboundMessageOf, SHOWN_OUTBOUND, visitorMessageOf } from "./widget-item.js";
import type { WidgetItem } from "./widget-item.js";

/** Stored by the inbound pipeline from the channel's parser: its `kind` is checked only. */
const InboundContentSchema = z.custom<InboundContent>(
  (value) => typeof value === "object" && value !== null && "kind" in value && typeof value.kind === "string",
  "not inbound content",
);

export class WebchatThreadRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly people: PersonLinkRepository,
  ) {}

  /** The contact ids the visitor's thread is made of; empty until the visitor's contact exists. */
  async threadContactIds(channelAccountId: string, externalId: string): Promise<string[]> {
    const contact = await this.db
      .selectFrom("contacts")
      .select("id")
      .where("channel_account_id", "=", channelAccountId)
      .where("external_id", "=", externalId)
      .executeTakeFirst();
    if (contact === undefined) return [];
    const ids = await this.people.contactIdsOfPerson(this.db, contact.id);
    const rows = await this.db
      .selectFrom("contacts")
      .select("id")
      .where("id", "in", ids)
      .where("channel_account_id", "=", channelAccountId)
      .execute();
    return rows.map((row) => row.id);
  }

  /** Whose message this is: its contact (id and platform id) and account. */
  async ownerOf(
    messageId: string,
  ): Promise<{ contactId: string; externalId: string; channelAccountId: string } | undefined> {
    const row = await this.db
      .selectFrom("messages")
      .innerJoin("contacts", "contacts.id", "messages.contact_id")
      .select(["messages.contact_id", "messages.channel_account_id", "contacts.external_id"])
      .where("messages.id", "=", messageId)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { contactId: row.contact_id, externalId: row.external_id, channelAccountId: row.channel_account_id };
  }

  /** The latest `limit` messages of the thread, oldest first. */
  async latest(contactIds: readonly string[], limit: number): Promise<WidgetItem[]> {
    if (contactIds.length === 0) return [];
    const rows = await this.db
      .selectFrom("messages")
      .selectAll()
      .where("contact_id", "in", [...contactIds])
      .where((eb) => eb.or([eb("direction", "=", "inbound"), eb("status", "in", [...SHOWN_OUTBOUND])]))
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
    return rows.reverse().flatMap((row) => itemOf(row) ?? []);
  }

  /** One message of the thread as the widget shows it, when it belongs to these contacts and is shown. */
  async item(contactIds: readonly string[], messageId: string): Promise<WidgetItem | undefined> {
    if (contactIds.length === 0) return undefined;
    const row = await this.db
      .selectFrom("messages")
      .selectAll()
      .where("id", "=", messageId)
      .where("contact_id", "in", [...contactIds])
      .executeTakeFirst();
    return row === undefined ? undefined : itemOf(row);
  }
}

function itemOf(row: Selectable<MessagesTable>): WidgetItem | undefined {
  if (row.direction === "outbound") {
    if (!SHOWN_OUTBOUND.some((status) => status === row.status)) return undefined;
    const message = outboundMessageOf(row.native_payload === null ? null : JSON.parse(row.native_payload));
    if (message === undefined) return undefined;
    return {
      id: row.id,
      direction: "out",
      providerId: row.provider_message_id,
      status: row.status,
      at: row.created_at,
      message,
    };
  }
  const content = readJsonColumn(InboundContentSchema, row.content, "messages.content");
  const message = visitorMessageOf(content);
  if (message === undefined) return undefined;
  return { id: row.id, direction: "in", providerId: null, status: row.status, at: row.created_at, message };
}
