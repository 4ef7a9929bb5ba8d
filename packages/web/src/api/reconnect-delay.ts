/** How long the console waits before opening the event stream again after it dropped. */

export interface BackoffPolicy {
  /** The wait after the first failure. */
  baseMs: number;
  /** The longest wait. */
  maxMs: number;
}

export const liveBackoff: BackoffPolicy = { baseMs: 1000, maxMs: 30_000 };

/**
 * Pure: the wait before reconnection attempt `attempt` (0 for the first): doubling from `baseMs` up to
 * `maxMs`, then a random half to whole of it ("equal jitter"), so consoles that lost the same server do
 * not all come back at the same moment. `random` is in [0, 1).
 */
export function reconnectDelayMs(
  attempt: number,
  random: number,
  policy: BackoffPolicy = liveBackoff,
): number {
  const exponent = Math.min(Math.max(0, Math.floor(attempt)), 30);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  const share = Math.min(Math.max(random, 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * share);
}
