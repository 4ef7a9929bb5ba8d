/**
 * Values per channel account kept for a few seconds: the worker reads them for every inbound message.
 * Writes in this process drop the account's entry; other processes see them once it expires.
 */

/** How long a value is reused, like the channel account cache. */
const CACHE_MS = 5_000;

export class AccountCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; until: number }>();

  constructor(
    private readonly ttlMs: number = CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value, or the one `load` gives (shared by concurrent callers; a failed load is not kept). */
  get(channelAccountId: string, load: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(channelAccountId);
    if (cached !== undefined && cached.until > this.now()) return cached.value;
    const value = load();
    const entry = { value, until: this.now() + this.ttlMs };
    this.entries.set(channelAccountId, entry);
    value.catch(() => {
      if (this.entries.get(channelAccountId) === entry) this.entries.delete(channelAccountId);
    });
    return value;
  }

  drop(channelAccountId: string): void {
    this.entries.delete(channelAccountId);
  }
}
