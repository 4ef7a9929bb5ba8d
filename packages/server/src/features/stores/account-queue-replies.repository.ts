/**
 * The queue replies and business hours of a channel account that no store answers for; an account without
 * a row has none.
 */
import type { Kysely, Transaction } from "kysely";
import { HolidaysSchema, WeeklyHoursSchema } from "@switchboard/core";
import { readJsonColumn } from "../../db/json-column.js";
import type { Database } from "../../db/schema.js";
import type { QueueReplySettings } from "./store.js";

type Db = Kysely<Database> | Transaction<Database>;

export class AccountQueueRepliesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Undefined when the account has none stored. */
  async get(channelAccountId: string, db: Db = this.db): Promise<QueueReplySettings | undefined> {
    const row = await db
      .selectFrom("channel_account_queue_replies")
      .selectAll()
      .where("channel_account_id", "=", channelAccountId)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      timeZone: row.time_zone,
      hours: readJsonColumn(WeeklyHoursSchema, row.hours, "channel_account_queue_replies.hours"),
      holidays: readJsonColumn(HolidaysSchema, row.holidays, "channel_account_queue_replies.holidays"),
      offlineReply: row.offline_reply,
      instantReply: row.instant_reply,
    };
  }

  async save(channelAccountId: string, settings: QueueReplySettings): Promise<QueueReplySettings> {
    const columns = {
      time_zone: settings.timeZone,
      hours: JSON.stringify(settings.hours),
      holidays: JSON.stringify(settings.holidays),
      offline_reply: settings.offlineReply,
      instant_reply: settings.instantReply,
      updated_at: Date.now(),
    };
    await this.db
      .insertInto("channel_account_queue_replies")
      .values({ channel_account_id: channelAccountId, ...columns })
      .onConflict((oc) => oc.column("channel_account_id").doUpdateSet(columns))
      .execute();
    return settings;
  }

  /** False when the account had none. */
  async delete(channelAccountId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("channel_account_queue_replies")
      .where("channel_account_id", "=", channelAccountId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
