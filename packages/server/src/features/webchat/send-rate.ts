/**
 * A token bucket per visitor: a burst of `burst` sends, refilled at `perMinute`. Kept in this process's
 * memory (a visitor's sends reach one process at a time behind sticky load balancing, and a process that
 * restarts forgets, which only ever lets a few more through).
 */
export interface SendRateOptions {
  burst: number;
  perMinute: number;
  now?: () => number;
  /** Buckets kept at most; the least recently used go first. */
  maxVisitors?: number;
}

export class SendRate {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly now: () => number;

  constructor(private readonly options: SendRateOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Takes one send for `visitorId`: 0 when allowed, else the milliseconds until the next one is. */
  take(visitorId: string): number {
    const now = this.now();
    const perMs = this.options.perMinute / 60_000;
    const current = this.buckets.get(visitorId) ?? { tokens: this.options.burst, at: now };
    const tokens = Math.min(this.options.burst, current.tokens + (now - current.at) * perMs);
    this.buckets.delete(visitorId);
    if (tokens < 1) {
      this.buckets.set(visitorId, { tokens, at: now });
      return Math.ceil((1 - tokens) / perMs);
    }
    this.buckets.set(visitorId, { tokens: tokens - 1, at: now });
    const max = this.options.maxVisitors ?? 50_000;
    if (this.buckets.size > max) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return 0;
  }
}
