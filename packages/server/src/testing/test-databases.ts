/**
 * Integration tests run on both engines. Each call gives a fresh, migrated, empty database: a SQLite file
 * in a temporary folder, or a new PostgreSQL database on the local server (TEST_DATABASE_URL or
 * postgres://postgres@127.0.0.1:5432/postgres), dropped on cleanup.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createDatabase } from "../db/create-database.js";
import type { OpenedDatabase } from "../db/create-database.js";
import type { DialectName } from "../db/dialect.js";

export const testDialects: DialectName[] = ["sqlite", "postgres"];

/** The admin URL of the PostgreSQL server used by tests. */
export function postgresAdminUrl(): string {
  return process.env["TEST_DATABASE_URL"] ?? "postgres://postgres@127.0.0.1:5432/postgres";
}

/** The Redis server used by tests (queue mode, pub/sub). */
export function testRedisUrl(): string {
  return process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379";
}

export interface TestDatabase extends OpenedDatabase {
  /** How to open this same database again (e.g. from a second server process). */
  url: string;
  /** Closes and deletes the database. */
  drop(): Promise<void>;
}

export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "switchboard-test-"));
    const file = join(dir, "switchboard.sqlite");
    const opened = await createDatabase({ kind: "sqlite", file });
    return {
      ...opened,
      url: file,
      drop: async () => {
        await opened.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `switchboard_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  const opened = await createDatabase({ kind: "postgres", url: url.toString(), poolSize: 5 });
  return {
    ...opened,
    url: url.toString(),
    drop: async () => {
      await opened.close();
      const cleanup = new pg.Client({ connectionString: postgresAdminUrl() });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
