/**
 * How long after a person last handled a customer an order is still credited to them (the attribution
 * window); one workspace-wide value in `app_settings`, 7 days when never set.
 */
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.js";

const KEY = "attribution_window_ms";
const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

export const DEFAULT_ATTRIBUTION_WINDOW_MS = 7 * DAY;

export const AttributionSettingsSchema = z.object({
  windowMs: z
    .number()
    .int("whole milliseconds")
    .min(MINUTE, "at least one minute (60000)")
    .max(365 * DAY, "at most 365 days (31536000000)"),
});
export type AttributionSettings = z.infer<typeof AttributionSettingsSchema>;

export class AttributionSettingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(): Promise<AttributionSettings> {
    const row = await this.db
      .selectFrom("app_settings")
      .select("value")
      .where("key", "=", KEY)
      .executeTakeFirst();
    const stored = row === undefined ? NaN : Number(row.value);
    return { windowMs: Number.isFinite(stored) && stored > 0 ? stored : DEFAULT_ATTRIBUTION_WINDOW_MS };
  }

  async set(settings: AttributionSettings): Promise<AttributionSettings> {
    const now = Date.now();
    await this.db
      .insertInto("app_settings")
      .values({ key: KEY, value: String(settings.windowMs), updated_at: now })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: String(settings.windowMs), updated_at: now }))
      .execute();
    return this.get();
  }
}
