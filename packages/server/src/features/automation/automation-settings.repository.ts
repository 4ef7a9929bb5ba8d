/** Stores each channel account's default reply and send policy; absent rows read as the defaults. */
import type { Kysely, Transaction } from "kysely";
import { SendPolicySettingsSchema } from "@switchboard/core";
import type { SendPolicySettings } from "@switchboard/core";
import { AutoReplySchema } from "@switchboard/engine";
import type { AutoReply } from "@switchboard/engine";
import { readJsonColumn } from "../../db/json-column.js";
import type { Database } from "../../db/schema.js";
import { AccountCache } from "./account-cache.js";

export interface AutomationSettings {
  /** Sent when no keyword rule matches and no bot node waits for an answer; null: nothing is sent. */
  defaultReply: AutoReply | null;
  sendPolicy: SendPolicySettings;
}

export class AutomationSettingsRepository {
  private readonly cache = new AccountCache<AutomationSettings>();

  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Read fresh from the database (through `db` when inside a transaction); without stored settings: no
   * default reply, no quiet hours, no caps.
   */
  async get(
    channelAccountId: string,
    db: Kysely<Database> | Transaction<Database> = this.db,
  ): Promise<AutomationSettings> {
    const row = await db
      .selectFrom("automation_settings")
      .selectAll()
      .where("channel_account_id", "=", channelAccountId)
      .executeTakeFirst();
    if (row === undefined) return { defaultReply: null, sendPolicy: {} };
    return {
      defaultReply:
        row.default_reply === null
          ? null
          : readJsonColumn(AutoReplySchema, row.default_reply, "automation_settings.default_reply"),
      sendPolicy: readJsonColumn(
        SendPolicySettingsSchema,
        row.send_policy,
        "automation_settings.send_policy",
      ),
    };
  }

  /** Like `get`, reused for a few seconds (the worker asks for every message). */
  cached(channelAccountId: string): Promise<AutomationSettings> {
    return this.cache.get(channelAccountId, () => this.get(channelAccountId));
  }

  async save(channelAccountId: string, settings: AutomationSettings): Promise<AutomationSettings> {
    const columns = {
      default_reply: settings.defaultReply === null ? null : JSON.stringify(settings.defaultReply),
      send_policy: JSON.stringify(settings.sendPolicy),
      updated_at: Date.now(),
    };
    await this.db
      .insertInto("automation_settings")
      .values({ channel_account_id: channelAccountId, ...columns })
      .onConflict((oc) => oc.column("channel_account_id").doUpdateSet(columns))
      .execute();
    this.cache.drop(channelAccountId);
    return this.get(channelAccountId);
  }
}
