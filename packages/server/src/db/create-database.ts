/**
 * Opens the database: SQLite (WAL) in DATA_DIR by default, PostgreSQL when a postgres:// URL is given.
 * Runs pending migrations before returning.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import type { Migration, MigrationProvider } from "kysely";
import pg from "pg";
import type { DialectName } from "./dialect.js";
import { withNamedStatements } from "./named-statements-pool.js";
import { withStatementCache } from "./statement-cache.js";
import { startWalCheckpointer } from "./wal-checkpointer.js";
import { migrations } from "./migrations/index.js";
import type { Database } from "./schema.js";

// PostgreSQL returns bigint (int8) as a string; our bigints are epoch milliseconds, safe as numbers.
pg.types.setTypeParser(20, (value) => Number(value));

export interface OpenedDatabase {
  db: Kysely<Database>;
  /**
   * PostgreSQL only: the same database over connections of its own, for work someone waits on (storing a
   * webhook before it is acknowledged), so it never queues behind background work for a connection.
   */
  urgentDb?: Kysely<Database>;
  /**
   * PostgreSQL only: connections whose commits do not wait for the disk (`synchronous_commit = off`, set
   * when they connect), for the job queue's bookkeeping: each of its statements is then one round trip.
   */
  bookkeepingDb?: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

export type DatabaseLocation =
  { kind: "sqlite"; file: string } | { kind: "postgres"; url: string; poolSize?: number };

export async function createDatabase(location: DatabaseLocation): Promise<OpenedDatabase> {
  const opened =
    location.kind === "sqlite" ? openSqlite(location.file) : openPostgres(location.url, location.poolSize);
  await migrateToLatest(opened.db, opened.dialect);
  return opened;
}

function openSqlite(file: string): OpenedDatabase {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // A larger page cache and memory-mapped reads keep the hot tables out of read system calls.
  sqlite.pragma("cache_size = -65536");
  sqlite.pragma("mmap_size = 268435456");
  sqlite.pragma("temp_store = memory");
  // A thread checkpoints the log (wal-checkpointer.ts); this connection does so itself only if the log
  // ever grows past 100,000 pages (about 400 MiB), should that thread fall behind.
  const checkpointer =
    file === ":memory:"
      ? undefined
      : startWalCheckpointer(file, (message) => console.error(`SQLite checkpoint: ${message}`));
  sqlite.pragma(`wal_autocheckpoint = ${checkpointer === undefined ? 1000 : 100_000}`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: "sqlite",
    close: async () => {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

/** Connections kept for urgent work and for the job queue's bookkeeping, beside the main pool. */
const URGENT_POOL_SIZE = 2;
const BOOKKEEPING_POOL_SIZE = 2;

function openPostgres(url: string, poolSize = 10): OpenedDatabase {
  const db = postgresHandle(url, poolSize);
  const urgentDb = postgresHandle(url, URGENT_POOL_SIZE);
  const bookkeepingDb = postgresHandle(url, BOOKKEEPING_POOL_SIZE, "-c synchronous_commit=off");
  return {
    db,
    urgentDb,
    bookkeepingDb,
    dialect: "postgres",
    close: async () => {
      await Promise.all([db.destroy(), urgentDb.destroy(), bookkeepingDb.destroy()]);
    },
  };
}

/** `options`: settings for every session of the pool, sent when it connects (no extra round trip). */
function postgresHandle(url: string, poolSize: number, options?: string): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(options === undefined ? {} : { options }),
  });
  // An idle connection the server closed (restart, failover) is dropped by the pool and replaced on the
  // next query; without a listener the error would end the process.
  pool.on("error", () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }) });
}

async function migrateToLatest(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  const provider: MigrationProvider = {
    getMigrations: async () => {
      const bound: Record<string, Migration> = {};
      for (const [name, migration] of Object.entries(migrations)) {
        bound[name] = {
          up: (target) => migration.up(target, dialect),
          down: (target) => migration.down(target),
        };
      }
      return bound;
    },
  };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error !== undefined || failed !== undefined) {
    const name = failed?.migrationName ?? "unknown";
    throw new Error(`Database migration ${name} failed: ${String(error)}`, { cause: error });
  }
}
