/** Pure: which opening spans overlap, on a line of minutes or on a repeating week. */

/** Minutes `[start, end)`; `end` may pass the day (a span that crosses midnight). */
export interface MinuteSpan {
  start: number;
  end: number;
}

export interface SpanOverlap {
  /** Index of the span listed later, the one a problem is reported on. */
  later: number;
  /** Index of the span it runs into. */
  earlier: number;
  /** `start` when the later span starts inside the earlier one, else `end` (it runs into it). */
  field: "start" | "end";
}

/**
 * Every span that overlaps one listed before it (one result per later span: the first it meets). With
 * `cycle` (a week of minutes) the line wraps, so Sunday night may run into Monday morning.
 */
export function findOverlaps(spans: readonly MinuteSpan[], cycle?: number): SpanOverlap[] {
  const shifts = cycle === undefined ? [0] : [-cycle, 0, cycle];
  const overlaps: SpanOverlap[] = [];
  spans.forEach((later, laterIndex) => {
    for (let earlier = 0; earlier < laterIndex; earlier++) {
      const other = spans[earlier];
      if (other === undefined) continue;
      const meets = shifts.some((k) => later.start + k < other.end && other.start < later.end + k);
      if (!meets) continue;
      const startsInside = shifts.some((k) => other.start <= later.start + k && later.start + k < other.end);
      overlaps.push({ later: laterIndex, earlier, field: startsInside ? "start" : "end" });
      return;
    }
  });
  return overlaps;
}
