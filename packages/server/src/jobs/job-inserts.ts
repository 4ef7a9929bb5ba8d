/**
 * Storing new jobs: one row by a prepared statement, or, on PostgreSQL, many rows of one name by a single
 * statement that takes their payloads as an array (one round trip, and one statement text whatever the
 * count, so it is prepared once). Jobs may be stored already claimed by the worker that will run them.
 */
import { sql } from "kysely";
import type { Insertable, Kysely, Selectable, Transaction } from "kysely";
import type { DialectName } from "../db/dialect.js";
import { preparedQuery } from "../db/prepared-query.js";
import type { Placeholder } from "../db/prepared-query.js";
import type { Database, JobsTable } from "../db/schema.js";

type Executor = Kysely<Database> | Transaction<Database>;

/** A job to store: its name, its payload as JSON text, when it is due. */
export interface NewJob {
  name: string;
  payload: string;
  runAt: number;
  maxAttempts: number;
  now: number;
}

/** Who holds a job stored already claimed, and until when. */
export interface Claim {
  workerId: string;
  lockedUntil: number;
}

type JobRow = Omit<Selectable<JobsTable>, "id">;

function jobValues(value: Placeholder<JobRow>): Insertable<JobsTable> {
  return {
    name: value("name"),
    payload: value("payload"),
    status: value("status"),
    attempts: value("attempts"),
    max_attempts: value("max_attempts"),
    run_at: value("run_at"),
    locked_until: value("locked_until"),
    locked_by: value("locked_by"),
    last_error: value("last_error"),
    created_at: value("created_at"),
    updated_at: value("updated_at"),
  };
}

const insertJob = preparedQuery<JobRow, { id: number }>((db, value) =>
  db.insertInto("jobs").values(jobValues(value)).returning("id"),
);

type ManyJobs = Omit<JobRow, "payload"> & { payloads: string[] };

/** PostgreSQL: one row per payload, the other columns shared. */
const insertJobsOfOneName = preparedQuery<ManyJobs, { id: number; payload: string }>((db, value) => ({
  compile: () =>
    sql<{ id: number; payload: string }>`insert into jobs
      (name, payload, status, attempts, max_attempts, run_at, locked_until, locked_by, last_error, created_at, updated_at)
      select ${value("name")}::text, p.payload, ${value("status")}::text, ${value("attempts")}::integer,
        ${value("max_attempts")}::integer, ${value("run_at")}::bigint, ${value("locked_until")}::bigint,
        ${value("locked_by")}::text, ${value("last_error")}::text, ${value("created_at")}::bigint,
        ${value("updated_at")}::bigint
      from unnest(${value("payloads")}::text[]) with ordinality as p(payload, position)
      order by p.position
      returning id, payload`.compile(db),
}));

export interface StoredJob extends NewJob {
  id: number;
}

/**
 * Stores `jobs` through `executor` (the caller's transaction, if any) and returns them with their ids, in
 * the same order. With a claim they are stored running, their first attempt counted.
 */
export async function insertJobs(
  executor: Executor,
  dialect: DialectName,
  jobs: readonly NewJob[],
  claim: Claim | undefined,
): Promise<StoredJob[]> {
  const first = jobs[0];
  if (first === undefined) return [];
  const alike = jobs.every((job) => sameShape(job, first));
  if (dialect !== "postgres" || jobs.length === 1 || !alike) {
    const stored: StoredJob[] = [];
    for (const job of jobs) {
      const inserted = await insertJob(executor, rowOf(job, claim));
      const id = inserted.rows[0]?.id;
      if (id === undefined) throw new Error(`The job ${job.name} was not inserted`);
      stored.push({ ...job, id });
    }
    return stored;
  }
  const inserted = await insertJobsOfOneName(executor, {
    ...rowOf(first, claim),
    payloads: jobs.map((job) => job.payload),
  });
  return withIds(jobs, inserted.rows);
}

/** Jobs that differ only in their payload can share one statement. */
function sameShape(job: NewJob, first: NewJob): boolean {
  return (
    job.name === first.name &&
    job.runAt === first.runAt &&
    job.maxAttempts === first.maxAttempts &&
    job.now === first.now
  );
}

/**
 * Matches the returned rows to the jobs by payload, so the ids are right even if the rows come back in
 * another order (jobs with equal payloads are interchangeable).
 */
function withIds(jobs: readonly NewJob[], rows: readonly { id: number; payload: string }[]): StoredJob[] {
  const byPayload = new Map<string, number[]>();
  for (const row of rows) {
    const ids = byPayload.get(row.payload);
    if (ids === undefined) byPayload.set(row.payload, [row.id]);
    else ids.push(row.id);
  }
  return jobs.map((job) => {
    const id = byPayload.get(job.payload)?.shift();
    if (id === undefined) throw new Error(`The job ${job.name} was not inserted`);
    return { ...job, id };
  });
}

function rowOf(job: NewJob, claim: Claim | undefined): JobRow {
  return {
    name: job.name,
    payload: job.payload,
    status: claim === undefined ? "queued" : "running",
    attempts: claim === undefined ? 0 : 1,
    max_attempts: job.maxAttempts,
    run_at: job.runAt,
    locked_until: claim?.lockedUntil ?? null,
    locked_by: claim?.workerId ?? null,
    last_error: null,
    created_at: job.now,
    updated_at: job.now,
  };
}
