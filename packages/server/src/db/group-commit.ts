/**
 * Group commit for SQLite: concurrent units of work share one transaction, so one commit (one WAL write)
 * serves many webhooks or jobs. Each unit runs in its own savepoint: a unit that fails is rolled back
 * alone and its caller gets the error; the others commit. Callers are answered after the commit.
 * On PostgreSQL, which commits concurrent transactions in parallel, each unit gets its own transaction;
 * callers that want fewer transactions there batch their work first (see ../batcher.ts).
 */
import { CompiledQuery } from "kysely";
import type { Kysely, Transaction } from "kysely";
import { yieldToEventLoop } from "../event-loop.js";
import { abandoned, commitMark, committed, forgetSince, trackCommit } from "./after-commit.js";
import type { DialectName } from "./dialect.js";
import type { Database } from "./schema.js";

interface Pending {
  unit: (trx: Transaction<Database>) => Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true } | { ok: false; error: unknown };

/**
 * Units in one shared transaction at most. Background units (the worker's) come in small batches so a
 * waiting urgent unit (a webhook to acknowledge) never waits long; urgent units batch freely.
 */
const MAX_URGENT_UNITS = 256;
const MAX_BACKGROUND_UNITS = 8;

/** Each unit of a shared transaction runs between these; compiled once, as they never change. */
const SAVEPOINT = CompiledQuery.raw("savepoint unit");
const RELEASE = CompiledQuery.raw("release savepoint unit");
const ROLLBACK_TO = CompiledQuery.raw("rollback to savepoint unit");

/** `urgent` units (someone waits for the answer, like a webhook sender) go before `background` ones. */
export type UnitPriority = "urgent" | "background";

export class GroupCommit {
  private readonly urgent: Pending[] = [];
  private readonly background: Pending[] = [];
  private flushing = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    /** Where urgent units run on PostgreSQL: connections of their own (see `OpenedDatabase.urgentDb`). */
    private readonly urgentDb: Kysely<Database> = db,
  ) {}

  /** True where concurrent units share one transaction by themselves (SQLite): callers need not batch. */
  get sharesTransactions(): boolean {
    return this.dialect !== "postgres";
  }

  /** Runs `unit` in a transaction (shared with other units on SQLite) and resolves after the commit. */
  run<T>(
    unit: (trx: Transaction<Database>) => Promise<T>,
    priority: UnitPriority = "background",
  ): Promise<T> {
    if (this.dialect === "postgres") return runAnnounced(this.db, unit);
    return new Promise<T>((resolve, reject) => {
      let result: T;
      const pending: Pending = {
        unit: async (trx) => {
          result = await unit(trx);
        },
        resolve: () => resolve(result),
        reject,
      };
      (priority === "urgent" ? this.urgent : this.background).push(pending);
      if (this.flushing) return;
      // An urgent unit starts a transaction at once. A background unit waits for the event loop's turn,
      // so the units the other running jobs are about to add join the same transaction and commit.
      this.flushing = true;
      if (priority === "urgent") void this.flush();
      else setImmediate(() => void this.flush());
    });
  }

  /**
   * A unit someone waits for (a webhook to acknowledge): on SQLite an urgent unit of the shared
   * transaction; on PostgreSQL its own transaction over the connections kept for such units, so it never
   * waits for a connection behind background work.
   */
  runUrgent<T>(unit: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    if (this.dialect === "postgres") return runAnnounced(this.urgentDb, unit);
    return this.run(unit, "urgent");
  }

  /**
   * One statement that needs no transaction of its own: on PostgreSQL it runs by itself (no BEGIN and
   * COMMIT round trips); on SQLite it joins the shared transaction like any unit.
   */
  runStatement<T>(
    statement: (db: Kysely<Database>) => Promise<T>,
    priority: UnitPriority = "background",
  ): Promise<T> {
    if (this.dialect === "postgres") return statement(this.db);
    return this.run(statement, priority);
  }

  private async flush(): Promise<void> {
    while (this.urgent.length > 0 || this.background.length > 0) {
      const batch =
        this.urgent.length > 0
          ? this.urgent.splice(0, MAX_URGENT_UNITS)
          : this.background.splice(0, MAX_BACKGROUND_UNITS);
      let outcomes: Outcome[];
      try {
        outcomes = await runAnnounced(this.db, (trx) => runUnits(trx, batch));
      } catch (error) {
        outcomes = batch.map(() => ({ ok: false, error }));
      }
      batch.forEach((item, index) => {
        const outcome = outcomes[index];
        if (outcome?.ok === true) item.resolve();
        else item.reject(outcome === undefined ? new Error("unit was not run") : outcome.error);
      });
      // SQLite answers at once, so without this the loop would never let the event loop read a webhook
      // while background work remains: after a background batch, pending I/O goes first.
      if (this.urgent.length === 0 && this.background.length > 0) await yieldToEventLoop();
    }
    this.flushing = false;
  }
}

async function runUnits(trx: Transaction<Database>, batch: Pending[]): Promise<Outcome[]> {
  // A lone unit needs no savepoint: if it fails, the whole transaction is its own to roll back.
  if (batch.length === 1 && batch[0] !== undefined) {
    await batch[0].unit(trx);
    return [{ ok: true }];
  }
  const outcomes: Outcome[] = [];
  for (const item of batch) {
    await trx.executeQuery(SAVEPOINT);
    const mark = commitMark(trx);
    try {
      await item.unit(trx);
      await trx.executeQuery(RELEASE);
      outcomes.push({ ok: true });
    } catch (error) {
      await trx.executeQuery(ROLLBACK_TO);
      // What the unit asked to do after commit (hand over its jobs) goes with its writes.
      forgetSince(trx, mark);
      await trx.executeQuery(RELEASE);
      outcomes.push({ ok: false, error });
    }
  }
  return outcomes;
}

/** One transaction whose commit is announced to `afterCommit` callers (see after-commit.ts). */
async function runAnnounced<T>(
  db: Kysely<Database>,
  unit: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  let open: Transaction<Database> | undefined;
  try {
    const result = await db.transaction().execute((trx) => {
      open = trx;
      trackCommit(trx);
      return unit(trx);
    });
    if (open !== undefined) committed(open);
    return result;
  } catch (error) {
    if (open !== undefined) abandoned(open);
    throw error;
  }
}
