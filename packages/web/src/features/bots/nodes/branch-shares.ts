/** What share of contacts each branch of a random split receives. */

/** Pure: each weight as a whole percentage of their sum (0 when the sum is not positive). */
export function shares(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
  return weights.map((weight) => (total > 0 ? Math.round((Math.max(0, weight) / total) * 100) : 0));
}
