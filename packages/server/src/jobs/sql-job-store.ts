/**
 * The statements of the SQL-table job queue, one method each, on SQLite and PostgreSQL: insert, claim a
 * batch, finish, fail, renew and reclaim locks, and the dead-letter views. No scheduling happens here.
 */
import { sql } from "kysely";
import type { Kysely } from "kysely";
import type { DialectName } from "../db/dialect.js";
import type { Database } from "../db/schema.js";
import { insertJobs } from "./job-inserts.js";
import type { NewJob } from "./job-inserts.js";
import type { DeadJob } from "./job-queue.js";

/** A job this worker now holds. `attempt` already counts this run (1 on the first). */
export interface ClaimedJob {
  id: number;
  name: string;
  /** JSON text, as enqueued. */
  payload: string;
  attempt: number;
  maxAttempts: number;
}

// Keeps `IN (…)` lists well under SQLite's bound-parameter limit.
const idsPerStatement = 500;
const stoppedWorkerError = "The worker running this job stopped before it finished (its lock expired)";

/**
 * Job rows in the `jobs` table. Attempts are counted when a job is claimed, so a run cut short by a crash
 * counts too and a job that kills its worker every time still ends up dead instead of looping.
 *
 * Inserts and replays commit durably. The worker's bookkeeping (claims, deletes, failures, locks) does not
 * wait for PostgreSQL to flush its log (`synchronous_commit = off`, SQLite's WAL with `synchronous=NORMAL`
 * is alike): a database crash may forget its last fraction of a second, and the jobs concerned run again
 * once their locks lapse — the at-least-once delivery handlers are written for anyway. It saves a disk
 * flush per statement, which is most of the cost of a claim.
 */
export class SqlJobStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    /** PostgreSQL sessions with `synchronous_commit = off` already set, if the caller has them. */
    private readonly bookkeepingDb?: Kysely<Database>,
  ) {}

  /** Inserts through `executor`, which may be the caller's transaction. */
  async insert(jobs: readonly NewJob[], executor: Kysely<Database> = this.db): Promise<void> {
    await insertJobs(executor, this.dialect, jobs, undefined);
  }

  /**
   * Inserts jobs already claimed by `workerId` (their first attempt counted, locked until `lockedUntil`),
   * for the worker of this process to run as soon as `executor` commits, without a claim. If that worker
   * dies first, the locks lapse and any worker runs the jobs.
   */
  async insertClaimed(
    jobs: readonly NewJob[],
    workerId: string,
    lockedUntil: number,
    executor: Kysely<Database> = this.db,
  ): Promise<ClaimedJob[]> {
    const stored = await insertJobs(executor, this.dialect, jobs, { workerId, lockedUntil });
    return stored.map((job) => ({
      id: job.id,
      name: job.name,
      payload: job.payload,
      attempt: 1,
      maxAttempts: job.maxAttempts,
    }));
  }

  /** Gives back claimed jobs this worker will not run after all (it is stopping): queued again, uncounted. */
  async release(ids: readonly number[], workerId: string, now: number): Promise<void> {
    await this.bookkeeping((db) =>
      inChunks(ids, async (chunk) => {
        await db
          .updateTable("jobs")
          .set((eb) => ({
            status: "queued",
            attempts: eb("attempts", "-", 1),
            locked_by: null,
            locked_until: null,
            updated_at: now,
          }))
          .where("id", "in", chunk)
          .where("locked_by", "=", workerId)
          .where("status", "=", "running")
          .execute();
      }),
    );
  }

  /**
   * Takes up to `limit` due jobs, oldest first, in one statement. PostgreSQL skips rows another worker is
   * claiming (`FOR UPDATE SKIP LOCKED`); SQLite has a single writer, so the statement is atomic already.
   */
  async claim(limit: number, workerId: string, now: number, lockedUntil: number): Promise<ClaimedJob[]> {
    const due = this.db
      .selectFrom("jobs")
      .select("id")
      .where("status", "=", "queued")
      .where("run_at", "<=", now)
      .orderBy("run_at")
      .orderBy("id")
      .limit(limit);
    const rows = await this.bookkeeping((db) =>
      db
        .updateTable("jobs")
        .set((eb) => ({
          status: "running",
          attempts: eb("attempts", "+", 1),
          locked_by: workerId,
          locked_until: lockedUntil,
          updated_at: now,
        }))
        .where("id", "in", this.dialect === "postgres" ? due.forUpdate().skipLocked() : due)
        .returning(["id", "name", "payload", "attempts", "max_attempts"])
        .execute(),
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      payload: row.payload,
      attempt: row.attempts,
      maxAttempts: row.max_attempts,
    }));
  }

  /** Deletes finished jobs: the table holds only work still to do and the dead. */
  async deleteFinished(ids: readonly number[]): Promise<void> {
    await this.bookkeeping((db) =>
      inChunks(ids, async (chunk) => {
        await db.deleteFrom("jobs").where("id", "in", chunk).execute();
      }),
    );
  }

  /** Puts a failed job back for `retryAt`, or marks it dead when `retryAt` is undefined. */
  async fail(
    id: number,
    workerId: string,
    error: string,
    retryAt: number | undefined,
    now: number,
  ): Promise<void> {
    const unlocked = { locked_by: null, locked_until: null, last_error: error, updated_at: now };
    await this.bookkeeping((db) =>
      db
        .updateTable("jobs")
        .set(
          retryAt === undefined
            ? { ...unlocked, status: "dead" }
            : { ...unlocked, status: "queued", run_at: retryAt },
        )
        .where("id", "=", id)
        // Our lock may have lapsed and the job moved on; then its new state is not ours to change.
        .where("locked_by", "=", workerId)
        .where("status", "=", "running")
        .execute(),
    );
  }

  /** Extends this worker's locks on the jobs it is still running. */
  async renewLocks(ids: readonly number[], workerId: string, lockedUntil: number): Promise<void> {
    await this.bookkeeping((db) =>
      inChunks(ids, async (chunk) => {
        await db
          .updateTable("jobs")
          .set({ locked_until: lockedUntil })
          .where("id", "in", chunk)
          .where("locked_by", "=", workerId)
          .where("status", "=", "running")
          .execute();
      }),
    );
  }

  /**
   * Hands back the jobs of workers whose locks lapsed (the process died): queued again, or dead when that
   * was their last attempt. Returns how many were queued again.
   */
  async reclaimExpired(now: number): Promise<number> {
    const expired = this.db
      .updateTable("jobs")
      .where("status", "=", "running")
      .where("locked_until", "<", now);
    await expired
      .set({
        status: "dead",
        locked_by: null,
        locked_until: null,
        last_error: stoppedWorkerError,
        updated_at: now,
      })
      .whereRef("attempts", ">=", "max_attempts")
      .execute();
    const [requeued] = await expired
      .set({
        status: "queued",
        locked_by: null,
        locked_until: null,
        last_error: stoppedWorkerError,
        updated_at: now,
      })
      .execute();
    return Number(requeued?.numUpdatedRows ?? 0);
  }

  /** Dead jobs, the most recently failed first. */
  async listDead(limit: number): Promise<DeadJob[]> {
    const rows = await this.db
      .selectFrom("jobs")
      .select(["id", "name", "payload", "attempts", "last_error", "updated_at"])
      .where("status", "=", "dead")
      .orderBy("updated_at", "desc")
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      id: String(row.id),
      name: row.name,
      payload: parseStored(row.payload),
      attempts: row.attempts,
      lastError: row.last_error ?? "",
      failedAt: row.updated_at,
    }));
  }

  /** Queues a dead job again with fresh attempts. False when no dead job has this id. */
  async replayDead(id: number, now: number): Promise<boolean> {
    const [result] = await this.db
      .updateTable("jobs")
      .set({
        status: "queued",
        attempts: 0,
        run_at: now,
        locked_by: null,
        locked_until: null,
        updated_at: now,
      })
      .where("id", "=", id)
      .where("status", "=", "dead")
      .execute();
    return (result?.numUpdatedRows ?? 0n) > 0n;
  }

  /** Jobs queued (due or delayed) or running. */
  async countPending(): Promise<number> {
    const row = await this.db
      .selectFrom("jobs")
      .select((eb) => eb.fn.countAll().as("count"))
      .where("status", "in", ["queued", "running"])
      .executeTakeFirst();
    return Number(row?.count ?? 0);
  }

  /**
   * Runs worker bookkeeping so that it commits without waiting for the disk: on PostgreSQL on sessions set
   * up for it, each statement in its own transaction (every statement here may commit alone: each row
   * it touches is settled on its own), else in a transaction that sets it.
   */
  private bookkeeping<T>(statements: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    if (this.dialect !== "postgres") return statements(this.db);
    if (this.bookkeepingDb !== undefined) return statements(this.bookkeepingDb);
    return this.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL synchronous_commit = off`.execute(trx);
      return statements(trx);
    });
  }
}

/** Runs `statement` on `ids` in slices small enough for one statement each. */
async function inChunks(
  ids: readonly number[],
  statement: (chunk: readonly number[]) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < ids.length; start += idsPerStatement)
    await statement(ids.slice(start, start + idsPerStatement));
}

function parseStored(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return payload;
  }
}
