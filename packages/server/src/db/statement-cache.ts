/**
 * better-sqlite3 prepares a statement for every query Kysely runs; the hot path runs the same few dozen
 * statements over and over. This wrapper keeps prepared statements by their SQL text.
 */
import type { Database as SqliteDatabase, Statement } from "better-sqlite3";

const MAX_STATEMENTS = 500;

export function withStatementCache(database: SqliteDatabase): {
  close(): void;
  prepare(sql: string): Statement;
} {
  const cache = new Map<string, Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare: (sql) => {
      const cached = cache.get(sql);
      if (cached !== undefined) return cached;
      const statement = database.prepare(sql);
      // Statements with literal values in their text would grow the cache without end; keep it bounded.
      if (cache.size >= MAX_STATEMENTS) cache.clear();
      cache.set(sql, statement);
      return statement;
    },
  };
}
