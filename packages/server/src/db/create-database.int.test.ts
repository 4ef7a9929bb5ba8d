import { sql } from "kysely";
import type { Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, testDialects } from "../testing/test-databases.js";
import type { TestDatabase } from "../testing/test-databases.js";
import type { Database } from "./schema.js";

describe.each(testDialects)("database on %s", (dialect) => {
  let opened: TestDatabase | undefined;
  afterEach(async () => {
    await opened?.drop();
    opened = undefined;
  });

  it("migrates an empty database and enforces unique provider ids per account", async () => {
    opened = await createTestDatabase(dialect);
    const { db } = opened;
    const now = Date.now();
    await db
      .insertInto("channel_accounts")
      .values({
        id: "a1",
        channel: "whatsapp",
        name: "Shop",
        external_id: "1065",
        settings: "{}",
        secrets_encrypted: "x",
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto("webhook_events")
      .values({
        id: "e1",
        channel: "whatsapp",
        channel_account_id: "a1",
        dedupe_key: "message:wamid.1",
        payload: "{}",
        received_at: now,
        processed_at: null,
      })
      .execute();
    const again = db
      .insertInto("webhook_events")
      .values({
        id: "e2",
        channel: "whatsapp",
        channel_account_id: "a1",
        dedupe_key: "message:wamid.1",
        payload: "{}",
        received_at: now,
        processed_at: null,
      })
      .execute();
    await expect(again).rejects.toThrow();
    const row = await db.selectFrom("channel_accounts").select(["created_at"]).executeTakeFirstOrThrow();
    expect(row.created_at).toBe(now);
  });

  it("numbers jobs automatically", async () => {
    opened = await createTestDatabase(dialect);
    const now = Date.now();
    const base = {
      name: "x",
      payload: "{}",
      status: "queued" as const,
      attempts: 0,
      max_attempts: 5,
      run_at: now,
      locked_until: null,
      locked_by: null,
      last_error: null,
      created_at: now,
      updated_at: now,
    };
    await opened.db.insertInto("jobs").values([base, base]).execute();
    const ids = await opened.db.selectFrom("jobs").select("id").orderBy("id").execute();
    expect(ids.map((r) => r.id)).toEqual([1, 2]);
  });
});

describe("PostgreSQL connections", () => {
  let opened: TestDatabase | undefined;
  afterEach(async () => {
    await opened?.drop();
    opened = undefined;
  });

  it("keeps the job bookkeeping sessions from waiting for the disk, and no others", async () => {
    const database = await createTestDatabase("postgres");
    opened = database;
    const setting = async (db: Kysely<Database> | undefined) => {
      if (db === undefined) return "no such connections";
      const shown = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(db);
      return shown.rows[0]?.synchronous_commit;
    };
    expect(await setting(database.bookkeepingDb)).toBe("off");
    expect(await setting(database.db)).toBe("on");
    expect(await setting(database.urgentDb)).toBe("on");
  });
});
