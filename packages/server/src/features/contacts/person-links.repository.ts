/**
 * One person behind several channel identities: contacts of the same person point at the person's first
 * contact through `merged_into_id` (the first one's own is null). Linking two contacts joins their whole
 * people, unions their tags on every identity and merges their attributes (the earlier person's win).
 */
import type { Kysely, Transaction } from "kysely";
import { z } from "zod";
import { readJsonColumn } from "../../db/json-column.js";
import type { Database } from "../../db/schema.js";

type Db = Kysely<Database> | Transaction<Database>;
const AttributesSchema = z.record(z.string(), z.unknown());

/** One channel identity of a person. */
export interface PersonIdentity {
  contactId: string;
  channel: string;
  channelAccountId: string;
  channelAccountName: string;
  externalId: string;
  displayName: string | null;
}

export class PersonLinkRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The person's id (the first contact's id) of `contactId`, or undefined when there is no such contact. */
  async personOf(db: Db, contactId: string): Promise<string | undefined> {
    const row = await db
      .selectFrom("contacts")
      .select(["id", "merged_into_id"])
      .where("id", "=", contactId)
      .executeTakeFirst();
    return row === undefined ? undefined : (row.merged_into_id ?? row.id);
  }

  /** The person's id of `contactId`, read outside any transaction. */
  async personId(contactId: string): Promise<string | undefined> {
    return this.personOf(this.db, contactId);
  }

  /** Every contact id of the person `contactId` belongs to, itself included. */
  async contactIdsOfPerson(db: Db, contactId: string): Promise<string[]> {
    const person = await this.personOf(db, contactId);
    if (person === undefined) return [];
    const rows = await db
      .selectFrom("contacts")
      .select("id")
      .where((eb) => eb.or([eb("id", "=", person), eb("merged_into_id", "=", person)]))
      .execute();
    return rows.map((row) => row.id);
  }

  /** The person's channel identities, oldest first. */
  async identities(contactId: string, db: Db = this.db): Promise<PersonIdentity[]> {
    const ids = await this.contactIdsOfPerson(db, contactId);
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom("contacts")
      .innerJoin("channel_accounts", "channel_accounts.id", "contacts.channel_account_id")
      .select([
        "contacts.id as contactId",
        "channel_accounts.channel as channel",
        "channel_accounts.id as channelAccountId",
        "channel_accounts.name as channelAccountName",
        "contacts.external_id as externalId",
        "contacts.display_name as displayName",
      ])
      .where("contacts.id", "in", ids)
      .orderBy("contacts.created_at")
      .orderBy("contacts.id")
      .execute();
    return rows;
  }

  /** Makes the people of `a` and `b` one person; nothing changes when they already are. */
  async link(trx: Transaction<Database>, a: string, b: string): Promise<void> {
    const [personA, personB] = [await this.personOf(trx, a), await this.personOf(trx, b)];
    if (personA === undefined || personB === undefined || personA === personB) return;
    const now = Date.now();
    const members = [...(await this.contactIdsOfPerson(trx, a)), ...(await this.contactIdsOfPerson(trx, b))];
    const [kept, joined] = (await this.isOlder(trx, personA, personB))
      ? [personA, personB]
      : [personB, personA];
    await this.mergeProfiles(trx, members, kept, now);
    await trx
      .updateTable("contacts")
      .set({ merged_into_id: kept, updated_at: now })
      .where((eb) => eb.or([eb("id", "=", joined), eb("merged_into_id", "=", joined)]))
      .execute();
  }

  private async isOlder(trx: Transaction<Database>, a: string, b: string): Promise<boolean> {
    const rows = await trx
      .selectFrom("contacts")
      .select(["id", "created_at"])
      .where("id", "in", [a, b])
      .execute();
    const at = (id: string) => rows.find((row) => row.id === id)?.created_at ?? 0;
    return at(a) < at(b) || (at(a) === at(b) && a < b);
  }

  /**
   * Every member gets every tag of the joined people and the merged attributes (the kept person's values
   * win). Runs before the members are pointed at the kept person, while each row still tells whose it is.
   */
  private async mergeProfiles(
    trx: Transaction<Database>,
    members: string[],
    kept: string,
    now: number,
  ): Promise<void> {
    const tags = await trx
      .selectFrom("contact_tags")
      .select("tag")
      .distinct()
      .where("contact_id", "in", members)
      .execute();
    const rows = await trx
      .selectFrom("contacts")
      .select(["id", "attributes", "merged_into_id"])
      .where("id", "in", members)
      .execute();
    // The kept person's rows last, so their values win.
    const keptLast = [...rows].sort((x, y) => Number(isOf(x, kept)) - Number(isOf(y, kept)));
    const attributes: Record<string, unknown> = {};
    for (const row of keptLast)
      Object.assign(attributes, readJsonColumn(AttributesSchema, row.attributes, "contacts.attributes"));
    await trx
      .updateTable("contacts")
      .set({ attributes: JSON.stringify(attributes), updated_at: now })
      .where("id", "in", members)
      .execute();
    if (tags.length === 0) return;
    await trx
      .insertInto("contact_tags")
      .values(members.flatMap((id) => tags.map(({ tag }) => ({ contact_id: id, tag, created_at: now }))))
      .onConflict((oc) => oc.columns(["contact_id", "tag"]).doNothing())
      .execute();
  }
}

/** Whether a contact row belonged to the kept person before the link. */
function isOf(row: { id: string; merged_into_id: string | null }, person: string): boolean {
  return row.id === person || row.merged_into_id === person;
}
