import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createDatabase } from "../db/create-database.js";
import type { OpenedDatabase } from "../db/create-database.js";
import type { DialectName } from "../db/dialect.js";
import { createTestDatabase, postgresAdminUrl, testDialects } from "../testing/test-databases.js";
import type { TestDatabase } from "../testing/test-databases.js";
import { describeJobQueueContract, enqueueMany, handlers, waitFor } from "./job-queue.contract.js";
import type { JobContext } from "./job-queue.js";
import { SqlJobQueue } from "./sql-job-queue.js";

const fast = { pollIntervalMs: 20, backoff: { baseMs: 10, maxMs: 100 } };

/**
 * Drops a test database once its connections have really closed. pg's `pool.end()` resolves while its
 * clients are still saying goodbye, and `DROP DATABASE … WITH (FORCE)` would then cut them off, which
 * the pool, having no error listener, reports as an uncaught error.
 */
async function dropWhenClosed(database: TestDatabase): Promise<void> {
  await database.close();
  if (database.dialect === "postgres") {
    const name = new URL(database.url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: postgresAdminUrl() });
    await admin.connect();
    try {
      await waitFor(async () => {
        const result = await admin.query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1",
          [name],
        );
        return result.rows[0]?.n === 0;
      });
    } finally {
      await admin.end();
    }
  }
  await database.drop();
}

function sqlQueue(database: OpenedDatabase, workerId?: string): SqlJobQueue {
  return new SqlJobQueue({
    db: database.db,
    dialect: database.dialect,
    ...(database.bookkeepingDb === undefined ? {} : { bookkeepingDb: database.bookkeepingDb }),
    workerId,
    ...fast,
  });
}

for (const dialect of testDialects) {
  describeJobQueueContract(`SqlJobQueue on ${dialect}`, async () => {
    const database = await createTestDatabase(dialect);
    const queue = sqlQueue(database);
    return {
      queue,
      cleanup: async () => {
        await queue.close();
        await dropWhenClosed(database);
      },
    };
  });
}

describe.each(testDialects)("SqlJobQueue on %s", (dialect: DialectName) => {
  let database: TestDatabase | undefined;
  const queues: SqlJobQueue[] = [];
  const extraConnections: OpenedDatabase[] = [];
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.close()));
    await Promise.all(extraConnections.splice(0).map((opened) => opened.close()));
    if (database !== undefined) await dropWhenClosed(database);
    database = undefined;
  });

  async function open(): Promise<{ database: TestDatabase; queue: SqlJobQueue }> {
    database = await createTestDatabase(dialect);
    const queue = sqlQueue(database);
    queues.push(queue);
    return { database, queue };
  }

  it("never runs a job enqueued in a transaction that rolled back", async () => {
    const { database, queue } = await open();
    const seen: string[] = [];
    queue.startWorker(
      handlers(async ({ messageId }) => void seen.push(messageId)),
      { concurrency: 2 },
    );
    await expect(
      database.db.transaction().execute(async (trx) => {
        await queue.enqueue("send-message", { messageId: "rolled-back" }, { transaction: trx });
        throw new Error("the webhook event could not be stored");
      }),
    ).rejects.toThrow("could not be stored");
    await database.db.transaction().execute(async (trx) => {
      await queue.enqueue("send-message", { messageId: "committed" }, { transaction: trx });
    });
    await waitFor(() => seen.includes("committed"));
    await waitFor(async () => (await queue.countPending()) === 0);
    expect(seen).toEqual(["committed"]);
  });

  it("runs a job enqueued by this process long before the next poll, in a transaction or not", async () => {
    database = await createTestDatabase(dialect);
    const queue = new SqlJobQueue({ db: database.db, dialect, pollIntervalMs: 60_000 });
    queues.push(queue);
    const seen: string[] = [];
    queue.startWorker(
      handlers(async ({ messageId }) => void seen.push(messageId)),
      { concurrency: 1 },
    );
    await sleep(50);
    await queue.enqueue("send-message", { messageId: "plain" });
    await waitFor(() => seen.length === 1, 2_000);
    await database.db.transaction().execute(async (trx) => {
      await queue.enqueue("send-message", { messageId: "in-transaction" }, { transaction: trx });
      await sleep(20);
    });
    await waitFor(() => seen.length === 2, 2_000);
    expect(seen).toEqual(["plain", "in-transaction"]);
  });

  it("runs again a job whose worker stopped while holding it, and buries one on its last attempt", async () => {
    const { database, queue } = await open();
    const now = Date.now();
    const crashed = {
      status: "running" as const,
      locked_by: "crashed-worker",
      last_error: null,
      created_at: now,
    };
    const row = { name: "send-message", run_at: now - 60_000, updated_at: now - 60_000, ...crashed };
    await database.db
      .insertInto("jobs")
      .values([
        {
          ...row,
          payload: '{"messageId":"lapsed"}',
          attempts: 1,
          max_attempts: 8,
          locked_until: now - 1_000,
        },
        {
          ...row,
          payload: '{"messageId":"exhausted"}',
          attempts: 3,
          max_attempts: 3,
          locked_until: now - 1_000,
        },
        {
          ...row,
          payload: '{"messageId":"still-held"}',
          attempts: 1,
          max_attempts: 8,
          locked_until: now + 60_000,
        },
      ])
      .execute();
    const seen: Array<[string, JobContext]> = [];
    queue.startWorker(
      handlers(async ({ messageId }, context) => void seen.push([messageId, context])),
      { concurrency: 4 },
    );
    await waitFor(() => seen.length === 1);
    expect(seen).toEqual([["lapsed", { attempt: 2, maxAttempts: 8 }]]);
    const dead = await queue.listDead(10);
    expect(dead.map((job) => [job.payload, job.attempts])).toEqual([[{ messageId: "exhausted" }, 3]]);
    expect(dead[0]!.lastError).toMatch(/stopped before it finished/);
    // The finished job is deleted a moment later; the one still held stays.
    await waitFor(async () => (await queue.countPending()) === 1);
    expect(await queue.countPending()).toBe(1);
  });

  it("lets two workers share one database without running any job twice", async () => {
    const { database } = await open();
    const second = await createDatabase(
      dialect === "sqlite" ? { kind: "sqlite", file: database.url } : { kind: "postgres", url: database.url },
    );
    extraConnections.push(second);
    const queueA = sqlQueue(database, "worker-a");
    const queueB = sqlQueue(second, "worker-b");
    queues.push(queueA, queueB);
    const runs = new Map<string, string[]>();
    for (const [worker, queue] of [
      ["a", queueA],
      ["b", queueB],
    ] as const) {
      queue.startWorker(
        handlers(async ({ messageId }) => {
          runs.set(messageId, [...(runs.get(messageId) ?? []), worker]);
          await new Promise((resolve) => setImmediate(resolve));
        }),
        { concurrency: 8 },
      );
    }
    // Enqueued by a process without a worker (ROLE=api): every job goes through the table, for either
    // worker to claim. (A process that runs a worker keeps the jobs it enqueues for itself.)
    const api = sqlQueue(database, "api-only");
    await enqueueMany(api, 1000);
    await waitFor(() => runs.size === 1000, 20_000);
    await waitFor(async () => (await queueA.countPending()) === 0);
    const byWorker = [...runs.values()];
    expect(byWorker.filter((workers) => workers.length !== 1)).toEqual([]);
    expect(byWorker.some(([worker]) => worker === "a")).toBe(true);
    expect(byWorker.some(([worker]) => worker === "b")).toBe(true);
  });
});
