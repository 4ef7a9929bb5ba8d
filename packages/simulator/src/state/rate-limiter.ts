/**
 * Meta's two sending limits (PLATFORMS.md A9): throughput per business number (messages per second,
 * error 130429) and the pair rate limit per business–customer pair (error 131056).
 */

/** Pair limit: one message per 6 s sustained; a burst may hold up to 45 messages within 6 s. */
export const PAIR_INTERVAL_MS = 6000;
export const PAIR_BURST = 45;

interface Bucket {
  tokens: number;
  at: number;
}

interface PairState {
  /** When the borrowed quota is paid back: every message moves it 6 s further. */
  paidUntil: number;
  burstStart: number;
  burstCount: number;
}

export class RateLimiter {
  private readonly throughput = new Map<string, Bucket>();
  private readonly pairs = new Map<string, PairState>();

  /**
   * Takes one message from the number's per-second budget (a token bucket holding one second of
   * traffic). False when the number is over `perSecond`.
   */
  takeThroughput(phoneNumberId: string, perSecond: number, now: number): boolean {
    let bucket = this.throughput.get(phoneNumberId);
    if (bucket === undefined) {
      bucket = { tokens: perSecond, at: now };
      this.throughput.set(phoneNumberId, bucket);
    }
    bucket.tokens = Math.min(perSecond, bucket.tokens + ((now - bucket.at) * perSecond) / 1000);
    bucket.at = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /**
   * Takes one message from the pair's quota. A burst (messages less than 6 s after the burst began)
   * may hold 45 messages, but each one borrows 6 s: after a burst of 20 the pair waits about 2 minutes.
   * Returns 0 when allowed, otherwise the milliseconds until the pair may send again.
   */
  takePair(phoneNumberId: string, waId: string, now: number): number {
    const key = `${phoneNumberId}:${waId}`;
    let state = this.pairs.get(key);
    if (state === undefined) {
      state = { paidUntil: now, burstStart: now, burstCount: 0 };
      this.pairs.set(key, state);
    }
    const inBurst = state.burstCount > 0 && now - state.burstStart < PAIR_INTERVAL_MS;
    if (!inBurst) {
      if (state.paidUntil > now) return state.paidUntil - now;
      state.burstStart = now;
      state.burstCount = 0;
    }
    if (state.burstCount >= PAIR_BURST) return Math.max(1, state.paidUntil - now);
    state.burstCount += 1;
    state.paidUntil = Math.max(state.paidUntil, now) + PAIR_INTERVAL_MS;
    if (this.pairs.size > 100_000) this.forgetPaidPairs(now);
    return 0;
  }

  /** Drops pairs with nothing borrowed so memory stays bounded under broadcasts. */
  private forgetPaidPairs(now: number): void {
    for (const [key, state] of this.pairs) {
      if (state.paidUntil <= now && now - state.burstStart >= PAIR_INTERVAL_MS) this.pairs.delete(key);
    }
  }
}
