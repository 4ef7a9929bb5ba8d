/** What the business knows about a contact beyond the identity: tags, attributes and opt-outs. */
import { sql } from "kysely";
import type { Kysely, Transaction } from "kysely";
import { z } from "zod";
import type { OptOut } from "@switchboard/core";
import { readJsonColumn } from "../../db/json-column.js";
import type { Database } from "../../db/schema.js";

type Db = Kysely<Database> | Transaction<Database>;
const AttributesSchema = z.record(z.string(), z.unknown());

export interface ContactProfile {
  tags: string[];
  /** Attribute values as text, as the bot reads and fills them. */
  attributes: Record<string, string>;
  optOuts: OptOut[];
}

export class ContactProfileRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async read(db: Db, contactId: string): Promise<ContactProfile> {
    const [tagRows, contact, optOutRows] = [
      await db
        .selectFrom("contact_tags")
        .select("tag")
        .where("contact_id", "=", contactId)
        .orderBy("tag")
        .execute(),
      await db.selectFrom("contacts").select("attributes").where("id", "=", contactId).executeTakeFirst(),
      await db
        .selectFrom("contact_opt_outs")
        .select(["topic", "source", "at"])
        .where("contact_id", "=", contactId)
        .execute(),
    ];
    const stored =
      contact === undefined
        ? {}
        : readJsonColumn(AttributesSchema, contact.attributes, "contacts.attributes");
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(stored))
      attributes[name] = typeof value === "string" ? value : JSON.stringify(value);
    return { tags: tagRows.map((r) => r.tag), attributes, optOuts: optOutRows };
  }

  async tags(contactId: string): Promise<string[]> {
    return (await this.read(this.db, contactId)).tags;
  }

  async addTag(db: Db, contactId: string, tag: string): Promise<void> {
    await db
      .insertInto("contact_tags")
      .values({ contact_id: contactId, tag, created_at: Date.now() })
      .onConflict((oc) => oc.columns(["contact_id", "tag"]).doNothing())
      .execute();
  }

  async removeTag(db: Db, contactId: string, tag: string): Promise<void> {
    await db.deleteFrom("contact_tags").where("contact_id", "=", contactId).where("tag", "=", tag).execute();
  }

  /** Sets attributes, keeping the others (read and written in the caller's transaction). */
  async setAttributes(db: Db, contactId: string, values: Record<string, string>): Promise<void> {
    const row = await db
      .selectFrom("contacts")
      .select("attributes")
      .where("id", "=", contactId)
      .executeTakeFirst();
    if (row === undefined) return;
    const merged = { ...readJsonColumn(AttributesSchema, row.attributes, "contacts.attributes"), ...values };
    await db
      .updateTable("contacts")
      .set({ attributes: JSON.stringify(merged), updated_at: Date.now() })
      .where("id", "=", contactId)
      .execute();
  }

  /** Records an opt-out of `topic`; an existing one keeps its first time and source. */
  async recordOptOut(db: Db, contactId: string, optOut: OptOut): Promise<void> {
    await db
      .insertInto("contact_opt_outs")
      .values({ contact_id: contactId, topic: optOut.topic, source: optOut.source, at: optOut.at })
      .onConflict((oc) => oc.columns(["contact_id", "topic"]).doNothing())
      .execute();
  }

  /** Removes the opt-out of `topic`; opting back into `all` removes every opt-out. */
  async removeOptOut(db: Db, contactId: string, topic: string): Promise<void> {
    let query = db.deleteFrom("contact_opt_outs").where("contact_id", "=", contactId);
    if (topic !== "all") query = query.where("topic", "=", topic);
    await query.execute();
  }

  /** Contacts with a tag, for tests and segments. */
  async countTagged(tag: string): Promise<number> {
    const row = await this.db
      .selectFrom("contact_tags")
      .select(sql<number>`count(*)`.as("n"))
      .where("tag", "=", tag)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
