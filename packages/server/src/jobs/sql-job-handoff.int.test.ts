// A job due now that this process enqueues inside a group-commit unit is stored already claimed by this
// process's worker and handed to it on commit: it runs without a claim, never when its unit rolled back,
// and goes back to the table for any worker when this one stops before starting it.
import { afterEach, describe, expect, it } from "vitest";
import { GroupCommit } from "../db/group-commit.js";
import type { DialectName } from "../db/dialect.js";
import { createTestDatabase, testDialects } from "../testing/test-databases.js";
import type { TestDatabase } from "../testing/test-databases.js";
import { handlers, waitFor } from "./job-queue.contract.js";
import { SqlJobQueue } from "./sql-job-queue.js";

describe.each(testDialects)("handing jobs to this process's worker on %s", (dialect: DialectName) => {
  let database: TestDatabase | undefined;
  const queues: SqlJobQueue[] = [];
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.close()));
    await database?.close();
    await database?.drop();
    database = undefined;
  });

  async function setUp(workerId: string): Promise<{ db: TestDatabase; queue: SqlJobQueue }> {
    database = await createTestDatabase(dialect);
    // A poll interval far beyond the test: only a handoff (or a wake) can get a job run in time.
    const queue = new SqlJobQueue({ db: database.db, dialect, workerId, pollIntervalMs: 60_000 });
    queues.push(queue);
    return { db: database, queue };
  }

  async function jobRows(db: TestDatabase) {
    return db.db
      .selectFrom("jobs")
      .select(["payload", "status", "attempts", "locked_by"])
      .orderBy("id")
      .execute();
  }

  it("stores the job claimed by this worker and runs it once the unit commits", async () => {
    const { db, queue } = await setUp("worker-here");
    const groupCommit = new GroupCommit(db.db, dialect);
    const started: string[] = [];
    let finish: () => void = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    queue.startWorker(
      handlers(async ({ messageId }) => {
        started.push(messageId);
        await finished;
      }),
      { concurrency: 2 },
    );
    await groupCommit.run((trx) => queue.enqueue("send-message", { messageId: "m1" }, { transaction: trx }));
    await waitFor(() => started.length === 1, 2_000);
    // Running, first attempt counted, held by this worker: no other worker may take it.
    expect(await jobRows(db)).toEqual([
      {
        payload: JSON.stringify({ messageId: "m1" }),
        status: "running",
        attempts: 1,
        locked_by: "worker-here",
      },
    ]);
    finish();
    await waitFor(async () => (await queue.countPending()) === 0, 2_000);
    expect(started).toEqual(["m1"]);
  });

  it("never runs the job of a unit that rolled back beside one that committed", async () => {
    const { db, queue } = await setUp("worker-here");
    const groupCommit = new GroupCommit(db.db, dialect);
    const seen: string[] = [];
    queue.startWorker(
      handlers(async ({ messageId }) => void seen.push(messageId)),
      { concurrency: 2 },
    );
    // While a first unit holds the group commit, the next two queue up; on SQLite they then share one
    // transaction, each in its own savepoint.
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const blocker = groupCommit.run(() => gate);
    // Its outcome is taken at once: on PostgreSQL the unit runs, and fails, without waiting for the gate.
    const failing = groupCommit
      .run(async (trx) => {
        await queue.enqueue("send-message", { messageId: "rolled-back" }, { transaction: trx });
        throw new Error("the message could not be stored");
      })
      .then(
        () => "committed",
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
    const passing = groupCommit.run((trx) =>
      queue.enqueue("send-message", { messageId: "committed" }, { transaction: trx }),
    );
    open();
    await blocker;
    expect(await failing).toBe("the message could not be stored");
    await passing;
    await waitFor(() => seen.includes("committed"), 2_000);
    await waitFor(async () => (await queue.countPending()) === 0, 2_000);
    expect(seen).toEqual(["committed"]);
    expect(await jobRows(db)).toEqual([]);
  });

  it("gives a handed job it never started back to the table, where another worker runs it", async () => {
    const { db, queue } = await setUp("worker-stopping");
    const groupCommit = new GroupCommit(db.db, dialect);
    let release: () => void = () => {};
    const busy = new Promise<void>((resolve) => (release = resolve));
    const seen: string[] = [];
    queue.startWorker(
      handlers(async ({ messageId }) => {
        seen.push(messageId);
        if (messageId === "first") await busy;
      }),
      { concurrency: 1 },
    );
    await groupCommit.run(async (trx) => {
      await queue.enqueue("send-message", { messageId: "first" }, { transaction: trx });
      await queue.enqueue("send-message", { messageId: "second" }, { transaction: trx });
    });
    await waitFor(() => seen.length === 1, 2_000);
    const stopped = queue.stop();
    release();
    await stopped;
    // The second was never started: queued again with its attempt uncounted.
    expect(await jobRows(db)).toEqual([
      { payload: JSON.stringify({ messageId: "second" }), status: "queued", attempts: 0, locked_by: null },
    ]);

    const other = new SqlJobQueue({ db: db.db, dialect, workerId: "worker-other", pollIntervalMs: 20 });
    queues.push(other);
    const attempts: number[] = [];
    other.startWorker(
      handlers(async ({ messageId }, context) => {
        seen.push(messageId);
        attempts.push(context.attempt);
      }),
      { concurrency: 1 },
    );
    await waitFor(() => seen.length === 2, 2_000);
    expect(seen).toEqual(["first", "second"]);
    expect(attempts).toEqual([1]);
  });
});
