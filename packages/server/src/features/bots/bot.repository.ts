/**
 * Stores bots: the editable draft, immutable published versions, and which version each channel account
 * runs (one per account). The runtime reads an account's version through a short cache.
 */
import type { Kysely, Selectable } from "kysely";
import { BotSchema } from "@switchboard/engine";
import type { Bot } from "@switchboard/engine";
import { readJsonColumn } from "../../db/json-column.js";
import type { BotsTable, Database } from "../../db/schema.js";
import { newId } from "../../ids.js";
import type { BotDeployment, BotDetail, BotSummary, BotVersionInfo, PublishedBot } from "./bot.js";

/** How long an account's published bot is reused; other processes see a new publication within this. */
const CACHE_MS = 2_000;

export class BotRepository {
  private readonly published = new Map<string, { bot: PublishedBot | undefined; until: number }>();
  private readonly versions = new Map<string, Bot>();

  constructor(private readonly db: Kysely<Database>) {}

  async create(name: string, draft: Bot): Promise<BotDetail> {
    const now = Date.now();
    const row = { id: newId(), name, draft: JSON.stringify(draft), created_at: now, updated_at: now };
    await this.db.insertInto("bots").values(row).execute();
    return this.detail(row);
  }

  async list(): Promise<BotSummary[]> {
    const rows = await this.db.selectFrom("bots").selectAll().orderBy("created_at", "desc").execute();
    const summaries: BotSummary[] = [];
    for (const row of rows) summaries.push(await this.summary(row));
    return summaries;
  }

  async get(id: string): Promise<BotDetail | undefined> {
    const row = await this.db.selectFrom("bots").selectAll().where("id", "=", id).executeTakeFirst();
    return row === undefined ? undefined : this.detail(row);
  }

  async update(id: string, patch: { name?: string; draft?: Bot }): Promise<BotDetail | undefined> {
    await this.db
      .updateTable("bots")
      .set({
        ...(patch.name === undefined ? {} : { name: patch.name }),
        ...(patch.draft === undefined ? {} : { draft: JSON.stringify(patch.draft) }),
        updated_at: Date.now(),
      })
      .where("id", "=", id)
      .execute();
    return this.get(id);
  }

  /** Deletes a bot that no channel account runs; false when it does not exist. */
  async delete(id: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("bot_versions").where("bot_id", "=", id).execute();
      const result = await trx.deleteFrom("bots").where("id", "=", id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    });
  }

  async deployments(botId: string): Promise<BotDeployment[]> {
    const rows = await this.db
      .selectFrom("bot_deployments")
      .innerJoin("bot_versions", "bot_versions.id", "bot_deployments.bot_version_id")
      .select([
        "bot_deployments.channel_account_id",
        "bot_deployments.bot_id",
        "bot_deployments.bot_version_id",
        "bot_deployments.published_at",
        "bot_versions.number",
      ])
      .where("bot_deployments.bot_id", "=", botId)
      .orderBy("bot_deployments.channel_account_id")
      .execute();
    return rows.map((r) => ({
      channelAccountId: r.channel_account_id,
      botId: r.bot_id,
      versionId: r.bot_version_id,
      versionNumber: r.number,
      publishedAt: r.published_at,
    }));
  }

  /** Stores `definition` as the bot's next version and makes the accounts run it, in one transaction. */
  async publish(
    botId: string,
    definition: Bot,
    channelAccountIds: readonly string[],
  ): Promise<BotVersionInfo> {
    const now = Date.now();
    const version = await this.db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom("bot_versions")
        .select((eb) => eb.fn.max("number").as("number"))
        .where("bot_id", "=", botId)
        .executeTakeFirst();
      const row = {
        id: newId(),
        bot_id: botId,
        number: Number(last?.number ?? 0) + 1,
        definition: JSON.stringify(definition),
        created_at: now,
      };
      await trx.insertInto("bot_versions").values(row).execute();
      for (const accountId of channelAccountIds) {
        await trx
          .insertInto("bot_deployments")
          .values({ channel_account_id: accountId, bot_id: botId, bot_version_id: row.id, published_at: now })
          .onConflict((oc) =>
            oc
              .column("channel_account_id")
              .doUpdateSet({ bot_id: botId, bot_version_id: row.id, published_at: now }),
          )
          .execute();
      }
      return { id: row.id, number: row.number, createdAt: now };
    });
    this.published.clear();
    return version;
  }

  /** Stops a channel account from running any bot. */
  async unpublish(channelAccountId: string): Promise<void> {
    await this.db.deleteFrom("bot_deployments").where("channel_account_id", "=", channelAccountId).execute();
    this.published.clear();
  }

  /** The version a channel account runs now, or undefined when it runs none. */
  async publishedFor(channelAccountId: string): Promise<PublishedBot | undefined> {
    const cached = this.published.get(channelAccountId);
    if (cached !== undefined && cached.until > Date.now()) return cached.bot;
    const row = await this.db
      .selectFrom("bot_deployments")
      .select(["bot_id", "bot_version_id"])
      .where("channel_account_id", "=", channelAccountId)
      .executeTakeFirst();
    const bot =
      row === undefined
        ? undefined
        : {
            botId: row.bot_id,
            versionId: row.bot_version_id,
            definition: await this.version(row.bot_version_id),
          };
    this.published.set(channelAccountId, { bot, until: Date.now() + CACHE_MS });
    return bot;
  }

  /** A published version's definition; versions never change, so each is read once per process. */
  async version(versionId: string, db: Kysely<Database> = this.db): Promise<Bot> {
    const known = this.versions.get(versionId);
    if (known !== undefined) return known;
    const row = await db
      .selectFrom("bot_versions")
      .select("definition")
      .where("id", "=", versionId)
      .executeTakeFirstOrThrow();
    const definition = readJsonColumn(BotSchema, row.definition, "bot_versions.definition");
    this.versions.set(versionId, definition);
    return definition;
  }

  private async summary(row: Selectable<BotsTable>): Promise<BotSummary> {
    const draft = readJsonColumn(BotSchema, row.draft, "bots.draft");
    const latest = await this.db
      .selectFrom("bot_versions")
      .select(["id", "number", "created_at"])
      .where("bot_id", "=", row.id)
      .orderBy("number", "desc")
      .limit(1)
      .executeTakeFirst();
    return {
      id: row.id,
      name: row.name,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      moduleCount: draft.modules.length,
      latestVersion:
        latest === undefined ? null : { id: latest.id, number: latest.number, createdAt: latest.created_at },
      deployments: await this.deployments(row.id),
    };
  }

  private async detail(row: Selectable<BotsTable>): Promise<BotDetail> {
    return { ...(await this.summary(row)), draft: readJsonColumn(BotSchema, row.draft, "bots.draft") };
  }
}
