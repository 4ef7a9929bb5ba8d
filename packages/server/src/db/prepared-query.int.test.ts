import { afterAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { createTestDatabase, testDialects } from "../testing/test-databases.js";
import type { TestDatabase } from "../testing/test-databases.js";
import { preparedQuery } from "./prepared-query.js";

// Shared by every database of the run, as in the repositories: each database compiles its own.
const insertSetting = preparedQuery<{ key: string; value: string; at: number }, { key: string }>(
  (db, value) =>
    db
      .insertInto("app_settings")
      .values({ key: value("key"), value: value("value"), updated_at: value("at") })
      .onConflict((oc) => oc.column("key").doNothing())
      .returning("key"),
);

const settingsWithPrefix = preparedQuery<{ prefix: string }, { key: string; value: string }>((db, value) =>
  db
    .selectFrom("app_settings")
    .select(["key", "value"])
    .where("key", "like", sql<string>`${value("prefix")} || '%'`)
    // A constant built into the statement stays in its place between the named values.
    .where("value", "<>", "hidden")
    .orderBy("key"),
);

const opened: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(opened.map((database) => database.drop()));
});

describe.each(testDialects)("prepared queries on %s", (dialect) => {
  it("binds each run's values by name, in and out of transactions", async () => {
    const database = await createTestDatabase(dialect);
    opened.push(database);
    const { db } = database;
    expect((await insertSetting(db, { key: "shop.a", value: "1", at: 1 })).rows).toEqual([{ key: "shop.a" }]);
    expect((await insertSetting(db, { key: "shop.a", value: "2", at: 2 })).rows).toEqual([]);
    await db.transaction().execute(async (trx) => {
      await insertSetting(trx, { key: "shop.b", value: "hidden", at: 3 });
      await insertSetting(trx, { key: "shop.c", value: "3", at: 4 });
      await insertSetting(trx, { key: "other", value: "4", at: 5 });
    });
    const found = await settingsWithPrefix(db, { prefix: "shop." });
    expect(found.rows).toEqual([
      { key: "shop.a", value: "1" },
      { key: "shop.c", value: "3" },
    ]);
    const stored = await db.selectFrom("app_settings").select(["key", "updated_at"]).orderBy("key").execute();
    expect(stored).toEqual([
      { key: "other", updated_at: 5 },
      { key: "shop.a", updated_at: 1 },
      { key: "shop.b", updated_at: 3 },
      { key: "shop.c", updated_at: 4 },
    ]);
  });

  it("refuses a run with a value missing, naming it, and stores nothing", async () => {
    const database = await createTestDatabase(dialect);
    opened.push(database);
    const { db } = database;
    const missing = { key: "shop.x", value: "1" } as { key: string; value: string; at: number };
    await expect(insertSetting(db, missing)).rejects.toThrow('no value for "at"');
    expect(await db.selectFrom("app_settings").selectAll().execute()).toEqual([]);
  });
});
