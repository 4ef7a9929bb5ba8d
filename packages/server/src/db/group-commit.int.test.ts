import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, testDialects } from "../testing/test-databases.js";
import type { TestDatabase } from "../testing/test-databases.js";
import { afterCommit } from "./after-commit.js";
import { GroupCommit } from "./group-commit.js";

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

  it("runs an urgent unit in a transaction whose commit is announced, and passes its error on", async () => {
    opened = await createTestDatabase(dialect);
    const { db } = opened;
    const group = new GroupCommit(db, dialect);
    const handed: string[] = [];
    const value = await group.runUrgent(async (trx) => {
      await trx.insertInto("app_settings").values(setting("u1")).execute();
      afterCommit(trx, () => handed.push("u1"));
      return "u1";
    });
    expect(value).toBe("u1");
    expect(handed).toEqual(["u1"]);
    await expect(
      group.runUrgent(async (trx) => {
        await trx.insertInto("app_settings").values(setting("u2")).execute();
        afterCommit(trx, () => handed.push("u2"));
        throw new Error("unit u2 failed");
      }),
    ).rejects.toThrow("unit u2 failed");
    const keys = await db.selectFrom("app_settings").select("key").orderBy("key").execute();
    expect(keys.map((k) => k.key)).toEqual(["u1"]);
    expect(handed).toEqual(["u1"]);
  });
});
