/**
 * Finds the contact an order belongs to. `contactId` is ours. `externalCustomerId` is the shop's id for
 * the customer, matched in this order, the first rule that finds anyone wins:
 * 1. a contact's channel id (`externalId`: WhatsApp number, Messenger PSID, LINE user id…), or the web
 *    chat identity of a visitor the website signed in as that user (`u:<externalCustomerId>`);
 * 2. when it reads as a phone number (6–15 digits, `+`, spaces, dashes, dots or brackets allowed),
 *    a contact with that phone number.
 * Contacts found must be one person (linked identities count as one); the person's first contact is
 * the order's contact. Anything else is a 422 naming the field.
 */
import type { Kysely } from "kysely";
import { AppError } from "@switchboard/core";
import type { Database } from "../../db/schema.js";

interface Found {
  id: string;
  merged_into_id: string | null;
}

export class CustomerResolver {
  constructor(private readonly db: Kysely<Database>) {}

  /** The order's contact: its person's first contact. */
  async resolve(customer: { contactId?: string; externalCustomerId?: string }): Promise<string> {
    if (customer.contactId !== undefined) {
      const row = await this.db
        .selectFrom("contacts")
        .select(["id", "merged_into_id"])
        .where("id", "=", customer.contactId)
        .executeTakeFirst();
      if (row === undefined) {
        throw new AppError("contact_not_found", 422, `contactId: no contact ${customer.contactId}`, {
          path: "contactId",
        });
      }
      return row.merged_into_id ?? row.id;
    }
    const external = customer.externalCustomerId ?? "";
    const found = await this.byChannelId(external);
    const rows = found.length > 0 ? found : await this.byPhone(external);
    const people = new Set(rows.map((row) => row.merged_into_id ?? row.id));
    if (people.size === 1) return [...people][0] ?? "";
    throw new AppError(
      people.size === 0 ? "contact_not_found" : "contact_ambiguous",
      422,
      people.size === 0
        ? `externalCustomerId: no contact has the channel id or phone number ${external}`
        : `externalCustomerId: ${external} matches ${people.size} different customers; send contactId`,
      { path: "externalCustomerId" },
    );
  }

  private async byChannelId(external: string): Promise<Found[]> {
    return this.db
      .selectFrom("contacts")
      .select(["id", "merged_into_id"])
      .where("external_id", "in", [external, `u:${external}`])
      .limit(50)
      .execute();
  }

  private async byPhone(external: string): Promise<Found[]> {
    if (!/^\+?[\d\s().-]+$/.test(external)) return [];
    const digits = external.replace(/\D/g, "");
    if (digits.length < 6 || digits.length > 15) return [];
    return this.db
      .selectFrom("contacts")
      .select(["id", "merged_into_id"])
      .where("phone", "=", `+${digits}`)
      .limit(50)
      .execute();
  }
}
