/**
 * The hot path runs the same few statements for every message, and building and compiling one with Kysely
 * costs more than SQLite takes to run it. A prepared query is built and compiled once per database, with a
 * named placeholder wherever a value goes; each run then only binds the values in their places.
 *
 * Only for statements whose shape never changes with the values: no `in` lists, no optional columns.
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult, Transaction } from "kysely";
import type { Database } from "./schema.js";

type Executor = Kysely<Database> | Transaction<Database>;

/** Stands for the value named `name` while the query is built. */
export type Placeholder<P> = <K extends keyof P & string>(name: K) => P[K];

/** Runs the statement with these values, on the database or inside a transaction. */
export type PreparedQuery<P, R> = (executor: Executor, values: P) => Promise<QueryResult<R>>;

const MARK = "\u0000switchboard-placeholder:";

interface Compiled<P, R> {
  query: CompiledQuery<R>;
  /** For each bound parameter, the name of the value that goes there, or the constant built in. */
  slots: ({ name: keyof P & string } | { constant: unknown })[];
}

export function preparedQuery<P extends object, R>(
  build: (db: Executor, value: Placeholder<P>) => Compilable<R>,
): PreparedQuery<P, R> {
  // Keyed by the dialect's adapter, which a database shares with all of its transactions.
  const byDatabase = new WeakMap<object, Compiled<P, R>>();
  return async (executor, values) => {
    const adapter = executor.getExecutor().adapter;
    let compiled = byDatabase.get(adapter);
    if (compiled === undefined) {
      compiled = compile(build, executor);
      byDatabase.set(adapter, compiled);
    }
    const parameters = compiled.slots.map((slot) =>
      "name" in slot ? bind(values, slot.name) : slot.constant,
    );
    return executor.executeQuery<R>({ ...compiled.query, parameters });
  };
}

function compile<P, R>(
  build: (db: Executor, value: Placeholder<P>) => Compilable<R>,
  executor: Executor,
): Compiled<P, R> {
  const value = <K extends keyof P & string>(name: K): P[K] => `${MARK}${name}` as P[K];
  const query = build(executor, value).compile();
  const slots = query.parameters.map((parameter) =>
    typeof parameter === "string" && parameter.startsWith(MARK)
      ? { name: parameter.slice(MARK.length) as keyof P & string }
      : { constant: parameter },
  );
  return { query, slots };
}

function bind<P>(values: P, name: keyof P & string): unknown {
  const value = values[name];
  if (value === undefined) throw new Error(`Prepared query: no value for "${name}" (use null for none)`);
  return value;
}
