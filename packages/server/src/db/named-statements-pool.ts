/**
 * PostgreSQL parses and plans every unnamed statement each time it runs, which is most of its work for the
 * hot path's short inserts and updates. This pool names each statement with parameters after its text, so
 * each connection prepares it once and afterwards only binds and executes it.
 */
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";
import type pg from "pg";
import type { QueryResultRow } from "pg";

/** Distinct statement texts named at most; others (say, `in` lists of every length) stay unnamed. */
const MAX_NAMED = 1_000;

export function withNamedStatements(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    const known = names.get(text);
    if (known !== undefined || names.size >= MAX_NAMED) return known;
    const name = `sb${names.size + 1}`;
    names.set(text, name);
    return name;
  };
  return {
    connect: async () => wrap(await pool.connect(), nameOf),
    end: () => pool.end(),
  };
}

function wrap(client: pg.PoolClient, nameOf: (text: string) => string | undefined): PostgresPoolClient {
  // pg's client is what Kysely expects; only statements with parameters go a different way.
  const plain: PostgresPoolClient = client;
  function query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  function query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters: ReadonlyArray<unknown> = [],
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== "string") return plain.query(sqlOrCursor);
    // Without parameters pg uses the simple protocol, which also runs scripts of several statements.
    const name = parameters.length > 0 ? nameOf(sqlOrCursor) : undefined;
    if (name === undefined) return plain.query<R>(sqlOrCursor, parameters);
    return client
      .query<QueryResultRow>({ name, text: sqlOrCursor, values: [...parameters] })
      .then((result) => ({
        command: result.command as PostgresQueryResult<R>["command"],
        rowCount: result.rowCount ?? 0,
        // The rows are whatever the statement selects; the query builder typed them, as it does for pg.
        rows: result.rows as R[],
      }));
  }
  return { query, release: () => client.release() };
}
