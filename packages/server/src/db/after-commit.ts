/**
 * Work to do once a transaction has committed, for transactions whose owner announces the commit (the
 * group commit does): the job queue hands its jobs to this process's worker then, or wakes the worker,
 * instead of looking again and again while the transaction may still be open. Work added inside a
 * savepoint that is rolled back is forgotten with it.
 */
const waiting = new WeakMap<object, (() => void)[]>();

/** The owner of `trx` will call `committed(trx)` (or `abandoned(trx)`) when it ends. */
export function trackCommit(trx: object): void {
  waiting.set(trx, []);
}

/** Whether the owner of `trx` announces its commit. */
export function tracksCommit(trx: object): boolean {
  return waiting.has(trx);
}

/** Runs `then` after `trx` commits; false when nobody announces that commit (the caller must cope). */
export function afterCommit(trx: object, then: () => void): boolean {
  const list = waiting.get(trx);
  if (list === undefined) return false;
  list.push(then);
  return true;
}

/** A point in `trx`'s list of work to do after commit (before a savepoint). */
export function commitMark(trx: object): number {
  return waiting.get(trx)?.length ?? 0;
}

/** Forgets the work added since `mark`: the savepoint it came from was rolled back. */
export function forgetSince(trx: object, mark: number): void {
  waiting.get(trx)?.splice(mark);
}

export function committed(trx: object): void {
  const list = waiting.get(trx);
  waiting.delete(trx);
  for (const then of list ?? []) then();
}

export function abandoned(trx: object): void {
  waiting.delete(trx);
}
