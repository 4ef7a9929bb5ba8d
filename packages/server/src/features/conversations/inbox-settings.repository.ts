/** Stores each channel account's inbox settings; the worker reads them through a short cache. */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AccountCache } from "../automation/account-cache.js";
import { DEFAULT_INBOX_SETTINGS } from "./inbox-settings.js";
import type { InboxSettings } from "./inbox-settings.js";

const MINUTE_MS = 60_000;

export class InboxSettingsRepository {
  private readonly cache = new AccountCache<InboxSettings>();

  constructor(private readonly db: Kysely<Database>) {}

  async get(channelAccountId: string): Promise<InboxSettings> {
    const row = await this.db
      .selectFrom("inbox_settings")
      .selectAll()
      .where("channel_account_id", "=", channelAccountId)
      .executeTakeFirst();
    if (row === undefined) return DEFAULT_INBOX_SETTINGS;
    return {
      autoCloseAfterMinutes:
        row.auto_close_after_ms === null ? null : Math.round(Number(row.auto_close_after_ms) / MINUTE_MS),
      reopenTo: row.reopen_to,
    };
  }

  cached(channelAccountId: string): Promise<InboxSettings> {
    return this.cache.get(channelAccountId, () => this.get(channelAccountId));
  }

  async save(channelAccountId: string, settings: InboxSettings): Promise<InboxSettings> {
    const columns = {
      auto_close_after_ms:
        settings.autoCloseAfterMinutes === null ? null : settings.autoCloseAfterMinutes * MINUTE_MS,
      reopen_to: settings.reopenTo,
      updated_at: Date.now(),
    };
    await this.db
      .insertInto("inbox_settings")
      .values({ channel_account_id: channelAccountId, ...columns })
      .onConflict((oc) => oc.column("channel_account_id").doUpdateSet(columns))
      .execute();
    this.cache.drop(channelAccountId);
    return this.get(channelAccountId);
  }

  /** Accounts that close idle conversations, with their idle limit in ms. */
  async autoClosing(): Promise<{ channelAccountId: string; afterMs: number }[]> {
    const rows = await this.db
      .selectFrom("inbox_settings")
      .select(["channel_account_id", "auto_close_after_ms"])
      .where("auto_close_after_ms", "is not", null)
      .execute();
    return rows.map((r) => ({
      channelAccountId: r.channel_account_id,
      afterMs: Number(r.auto_close_after_ms),
    }));
  }
}
