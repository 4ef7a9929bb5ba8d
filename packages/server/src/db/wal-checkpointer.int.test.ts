// The write-ahead log is copied back into the database file by the checkpointing thread, not by the
// connection that writes: pages written land in the log first, and reach the database file a moment later
// without the writer checkpointing.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { waitFor } from "../jobs/job-queue.contract.js";
import { createDatabase } from "./create-database.js";
import type { OpenedDatabase } from "./create-database.js";

describe("checkpointing SQLite's log from a thread", () => {
  const dirs: string[] = [];
  const opened: OpenedDatabase[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((database) => database.close()));
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("moves written pages into the database file while the writer only writes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "switchboard-checkpoint-"));
    dirs.push(dir);
    const file = join(dir, "switchboard.sqlite");
    const database = await createDatabase({ kind: "sqlite", file });
    opened.push(database);
    // Settle what the migrations wrote, then note the file's size.
    await waitFor(() => statSync(`${file}-wal`).size > 0, 2_000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const before = statSync(file).size;

    // About 4 MiB in one table: far below the writer's own checkpoint threshold (100,000 pages).
    await sql`create table filler (id integer primary key, body text not null)`.execute(database.db);
    const body = "x".repeat(1024);
    for (let batch = 0; batch < 40; batch++) {
      await database.db.transaction().execute(async (trx) => {
        for (let row = 0; row < 100; row++)
          await sql`insert into filler (body) values (${body})`.execute(trx);
      });
    }
    await waitFor(() => statSync(file).size > before + 3 * 1024 * 1024, 5_000);
    expect(statSync(file).size).toBeGreaterThan(before + 3 * 1024 * 1024);
  });
});
