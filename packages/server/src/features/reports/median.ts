/** The median of a list of numbers; report rows use it for first-response times. */

/** Pure: the middle value (the mean of the two middle ones for an even count, rounded); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[middle - 1] ?? 0;
  return Math.round((lower + upper) / 2);
}
