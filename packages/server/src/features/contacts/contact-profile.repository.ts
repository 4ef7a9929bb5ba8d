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

/** One row of the profile read: the attributes, a tag, or an opt-out (topic in `value`). */
interface ProfileRow {
  part: "attributes" | "tag" | "opt_out";
  value: string;
  source: string | null;
  at: number | string | null;
}

/** Tags in code-unit order, the same on both databases (a collation would differ between them). */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class ContactProfileRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Tags, attributes and opt-outs in one statement (the bot reads them on every turn). */
  async read(db: Db, contactId: string): Promise<ContactProfile> {
    const { rows } = await sql<ProfileRow>`
      select 'attributes' as part, attributes as value, cast(null as text) as source,
          cast(null as bigint) as at
        from contacts where id = ${contactId}
      union all
      select 'tag', tag, null, null from contact_tags where contact_id = ${contactId}
      union all
      select 'opt_out', topic, source, at from contact_opt_outs where contact_id = ${contactId}
    `.execute(db);
    const tags: string[] = [];
    const optOuts: OptOut[] = [];
    let stored: Record<string, unknown> = {};
    for (const row of rows) {
      if (row.part === "attributes")
        stored = readJsonColumn(AttributesSchema, row.value, "contacts.attributes");
      else if (row.part === "tag") tags.push(row.value);
      else optOuts.push({ topic: row.value, source: row.source ?? "", at: Number(row.at) });
    }
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(stored))
      attributes[name] = typeof value === "string" ? value : JSON.stringify(value);
    return { tags: tags.sort(byCodeUnits), attributes, optOuts };
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
