/** Stores "continue on" codes and claims each once, on the account its link opens, before it expires. */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.js";

export interface ContinueCodeClaim {
  /** The web chat account and visitor the code was made for. */
  channelAccountId: string;
  visitorExternalId: string;
}

export class ContinueCodeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(input: {
    code: string;
    channelAccountId: string;
    visitorExternalId: string;
    targetAccountId: string;
    expiresAt: number;
  }): Promise<void> {
    await this.db
      .insertInto("webchat_continue_codes")
      .values({
        code: input.code,
        channel_account_id: input.channelAccountId,
        visitor_external_id: input.visitorExternalId,
        target_account_id: input.targetAccountId,
        created_at: Date.now(),
        expires_at: input.expiresAt,
        claimed_at: null,
        claimed_contact_id: null,
      })
      .execute();
  }

  /** Marks the code used by `contactId` on `targetAccountId`; undefined when unknown, used, expired or elsewhere. */
  async claim(
    trx: Transaction<Database>,
    code: string,
    targetAccountId: string,
    contactId: string,
    now: number,
  ): Promise<ContinueCodeClaim | undefined> {
    const claimed = await trx
      .updateTable("webchat_continue_codes")
      .set({ claimed_at: now, claimed_contact_id: contactId })
      .where("code", "=", code)
      .where("target_account_id", "=", targetAccountId)
      .where("claimed_at", "is", null)
      .where("expires_at", ">", now)
      .returning(["channel_account_id", "visitor_external_id"])
      .executeTakeFirst();
    return claimed === undefined
      ? undefined
      : { channelAccountId: claimed.channel_account_id, visitorExternalId: claimed.visitor_external_id };
  }
}
