/**
 * Work to do once a transaction has committed, for transactions whose owner announces the commit (the
 * group commit does): the job queue wakes its worker then, instead of looking again and again while the
 * transaction may still be open.
 */
const waiting = new WeakMap<object, (() => void)[]>();

/** The owner of `trx` will call `committed(trx)` (or `abandoned(trx)`) when it ends. */
export function trackCommit(trx: object): void {
  waiting.set(trx, []);
}

/** Runs `then` after `trx` commits; false when nobody announces that commit (the caller must cope). */
export function afterCommit(trx: object, then: () => void): boolean {
  const list = waiting.get(trx);
  if (list === undefined) return false;
  list.push(then);
  return true;
}

export function committed(trx: object): void {
  const list = waiting.get(trx);
  waiting.delete(trx);
  for (const then of list ?? []) then();
}

export function abandoned(trx: object): void {
  waiting.delete(trx);
}
