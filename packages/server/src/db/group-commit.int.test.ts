import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, testDialects } from "../testing/test-databases.js";
import type { TestDatabase } from "../testing/test-databases.js";
import type { Transaction } from "kysely";
import { afterCommit } from "./after-commit.js";
import { GroupCommit } from "./group-commit.js";
import type { Database } from "./schema.js";

describe.each(testDialects)("group commit on %s", (dialect) => {
  let opened: TestDatabase | undefined;
  afterEach(async () => {
    await opened?.drop();
    opened = undefined;
  });

  const setting = (key: string) => ({ key, value: key, updated_at: Date.now() });

  it("commits concurrent units, and a failing unit is rolled back alone with its error", async () => {
    opened = await createTestDatabase(dialect);
    const { db } = opened;
    const group = new GroupCommit(db, dialect);
    const results = await Promise.allSettled([
      group.run(async (trx) => {
        await trx.insertInto("app_settings").values(setting("a")).execute();
        return "a";
      }),
      group.run(async (trx) => {
        await trx.insertInto("app_settings").values(setting("b")).execute();
        throw new Error("unit b failed");
      }),
      group.run(async (trx) => {
        await trx.insertInto("app_settings").values(setting("c")).execute();
        return "c";
      }, "urgent"),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(results[0]).toMatchObject({ value: "a" });
    expect(results[1]).toMatchObject({ reason: new Error("unit b failed") });
    const keys = await db.selectFrom("app_settings").select("key").orderBy("key").execute();
    expect(keys.map((k) => k.key)).toEqual(["a", "c"]);
  });

  it("answers a unit only once its work is committed and visible to others", async () => {
    opened = await createTestDatabase(dialect);
    const { db } = opened;
    const group = new GroupCommit(db, dialect);
    const units = Array.from({ length: 40 }, (_, i) =>
      group.run(async (trx) => {
        await trx
          .insertInto("app_settings")
          .values(setting(`k${i}`))
          .execute();
      }),
    );
    await Promise.all(units);
    const row = await db
      .selectFrom("app_settings")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(row.n)).toBe(40);
  });

  it("runs after-commit work once the shared transaction is in; a transaction nobody announces says so", async () => {
    opened = await createTestDatabase(dialect);
    const { db } = opened;
    const group = new GroupCommit(db, dialect);
    const seen: string[] = [];
    await group.run(async (trx) => {
      await trx.insertInto("app_settings").values(setting("d")).execute();
      expect(
        afterCommit(trx, () => {
          seen.push("committed");
        }),
      ).toBe(true);
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual(["committed"]);
    // A transaction nobody announces: the caller is told to cope.
    await db.transaction().execute(async (trx) => {
      expect(afterCommit(trx, () => seen.push("never"))).toBe(false);
    });
    expect(seen).toEqual(["committed"]);
  });

  it("lets shared units share a transaction; a failing one is run again alone and only it fails", async () => {
    opened = await createTestDatabase(dialect);
    const { db } = opened;
    const group = new GroupCommit(db, dialect);
    const runs = new Map<string, number>();
    const handed: string[] = [];
    const unit = (key: string) =>
      group.runShared(async (trx) => {
        runs.set(key, (runs.get(key) ?? 0) + 1);
        if (key === "bad") throw new Error("unit bad failed");
        await trx.insertInto("app_settings").values(setting(key)).execute();
        afterCommit(trx, () => handed.push(key));
        return key;
      });
    const results = await Promise.allSettled(["s1", "s2", "s3", "bad", "s4", "s5", "s6"].map(unit));
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : String(r.reason)))).toEqual([
      "s1",
      "s2",
      "s3",
      "Error: unit bad failed",
      "s4",
      "s5",
      "s6",
    ]);
    const keys = await db.selectFrom("app_settings").select("key").orderBy("key").execute();
    expect(keys.map((k) => k.key)).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
    // Each committed unit's after-commit work ran once, whichever transaction it finally committed in.
    expect([...handed].sort()).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
    expect(runs.get("bad")).toBeGreaterThanOrEqual(1);
    expect(runs.get("bad")).toBeLessThanOrEqual(2);
  });

  it("commits shared units that arrive together in fewer transactions than units", async () => {
    opened = await createTestDatabase(dialect);
    const { db } = opened;
    const group = new GroupCommit(db, dialect);
    const transactions = new Set<Transaction<Database>>();
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        group.runShared(async (trx) => {
          await trx
            .insertInto("app_settings")
            .values(setting(`t${i}`))
            .execute();
          transactions.add(trx);
        }),
      ),
    );
    const row = await db
      .selectFrom("app_settings")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(row.n)).toBe(30);
    expect(transactions.size).toBeLessThan(30);
  });
});
