/**
 * Stores stores and the channel accounts they serve. An account has at most one default store (a partial
 * unique index backs it); `forChannelAccount` says which store answers for an account.
 */
import type { Kysely, Selectable, Transaction } from "kysely";
import { HolidaysSchema, WeeklyHoursSchema } from "@switchboard/core";
import { readJsonColumn } from "../../db/json-column.js";
import type { Database, StoresTable } from "../../db/schema.js";
import { newId } from "../../ids.js";
import type { Store, StoreChannelAccount, StoreRules } from "./store.js";

type Db = Kysely<Database> | Transaction<Database>;

/** A default the rules ask for that another store holds. */
export interface DefaultTaken {
  /** Index in the rules' `channelAccounts`. */
  index: number;
  channelAccountId: string;
  storeId: string;
  storeName: string;
}

export class StoreRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** By name. */
  async list(): Promise<Store[]> {
    const rows = await this.db.selectFrom("stores").selectAll().orderBy("name").orderBy("id").execute();
    const links = await this.db
      .selectFrom("store_channel_accounts")
      .selectAll()
      .orderBy("created_at")
      .orderBy("channel_account_id")
      .execute();
    return rows.map((row) =>
      toStore(
        row,
        links.filter((link) => link.store_id === row.id),
      ),
    );
  }

  async get(id: string, db: Db = this.db): Promise<Store | undefined> {
    const row = await db.selectFrom("stores").selectAll().where("id", "=", id).executeTakeFirst();
    return row === undefined ? undefined : toStore(row, await linksOf(db, id));
  }

  async create(rules: StoreRules): Promise<Store> {
    const id = newId();
    const now = Date.now();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("stores")
        .values({ id, ...columnsOf(rules), created_at: now, updated_at: now })
        .execute();
      await insertLinks(trx, id, rules.channelAccounts, now);
    });
    return this.mustGet(id);
  }

  /** Replaces every field and the served accounts; undefined when the store does not exist. */
  async update(id: string, rules: StoreRules): Promise<Store | undefined> {
    const now = Date.now();
    const found = await this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable("stores")
        .set({ ...columnsOf(rules), updated_at: now })
        .where("id", "=", id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) return false;
      await trx.deleteFrom("store_channel_accounts").where("store_id", "=", id).execute();
      await insertLinks(trx, id, rules.channelAccounts, now);
      return true;
    });
    return found ? this.mustGet(id) : undefined;
  }

  /** False when it did not exist. */
  async delete(id: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("store_channel_accounts").where("store_id", "=", id).execute();
      const result = await trx.deleteFrom("stores").where("id", "=", id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    });
  }

  /** The defaults in `links` that a store other than `storeId` already holds. */
  async defaultsTaken(
    links: readonly StoreChannelAccount[],
    storeId: string | undefined,
  ): Promise<DefaultTaken[]> {
    const wanted = links.flatMap((link, index) => (link.isDefault ? [{ ...link, index }] : []));
    if (wanted.length === 0) return [];
    let query = this.db
      .selectFrom("store_channel_accounts")
      .innerJoin("stores", "stores.id", "store_channel_accounts.store_id")
      .select(["store_channel_accounts.channel_account_id", "stores.id", "stores.name"])
      .where("store_channel_accounts.is_default", "=", 1)
      .where(
        "store_channel_accounts.channel_account_id",
        "in",
        wanted.map((link) => link.channelAccountId),
      );
    if (storeId !== undefined) query = query.where("stores.id", "<>", storeId);
    const holders = await query.execute();
    return wanted.flatMap((link) => {
      const holder = holders.find((h) => h.channel_account_id === link.channelAccountId);
      return holder === undefined
        ? []
        : [
            {
              index: link.index,
              channelAccountId: link.channelAccountId,
              storeId: holder.id,
              storeName: holder.name,
            },
          ];
    });
  }

  /**
   * The store that answers for a channel account: its default store, else the only store serving it;
   * undefined when none serves it, or several do and none is the default.
   */
  async forChannelAccount(channelAccountId: string, db: Db = this.db): Promise<Store | undefined> {
    const links = await db
      .selectFrom("store_channel_accounts")
      .select(["store_id", "is_default"])
      .where("channel_account_id", "=", channelAccountId)
      .execute();
    const chosen = links.find((link) => link.is_default === 1) ?? (links.length === 1 ? links[0] : undefined);
    return chosen === undefined ? undefined : this.get(chosen.store_id, db);
  }

  private async mustGet(id: string): Promise<Store> {
    const store = await this.get(id);
    if (store === undefined) throw new Error(`store ${id} vanished after it was written`);
    return store;
  }
}

async function linksOf(db: Db, storeId: string) {
  return db
    .selectFrom("store_channel_accounts")
    .selectAll()
    .where("store_id", "=", storeId)
    .orderBy("created_at")
    .orderBy("channel_account_id")
    .execute();
}

async function insertLinks(
  trx: Transaction<Database>,
  storeId: string,
  links: readonly StoreChannelAccount[],
  now: number,
): Promise<void> {
  if (links.length === 0) return;
  await trx
    .insertInto("store_channel_accounts")
    .values(
      links.map((link) => ({
        store_id: storeId,
        channel_account_id: link.channelAccountId,
        is_default: link.isDefault ? 1 : 0,
        created_at: now,
      })),
    )
    .execute();
}

function columnsOf(rules: StoreRules) {
  return {
    name: rules.name,
    time_zone: rules.timeZone,
    hours: JSON.stringify(rules.hours),
    holidays: JSON.stringify(rules.holidays),
    offline_reply: rules.offlineReply,
    instant_reply: rules.instantReply,
  };
}

function toStore(
  row: Selectable<StoresTable>,
  links: { channel_account_id: string; is_default: number }[],
): Store {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    hours: readJsonColumn(WeeklyHoursSchema, row.hours, "stores.hours"),
    holidays: readJsonColumn(HolidaysSchema, row.holidays, "stores.holidays"),
    offlineReply: row.offline_reply,
    instantReply: row.instant_reply,
    channelAccounts: links.map((link) => ({
      channelAccountId: link.channel_account_id,
      isDefault: link.is_default === 1,
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
