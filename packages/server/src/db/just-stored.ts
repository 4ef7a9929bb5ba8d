/**
 * Rows this process just stored, kept so the job that handles them next need not read them back. Each is
 * taken once; at most `max` are kept (the oldest go first); one older than `freshForMs` is not used.
 * Only a committed row's job asks for it, so a row whose transaction rolled back is simply never taken.
 */
export class JustStored<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();

  constructor(private readonly options: { max: number; freshForMs?: number }) {}

  remember(id: string, value: T): void {
    if (this.entries.size >= this.options.max) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(id, { value, at: Date.now() });
  }

  /** The row stored under `id`, once, while fresh; undefined otherwise (read the table then). */
  take(id: string): T | undefined {
    const entry = this.entries.get(id);
    if (entry === undefined) return undefined;
    this.entries.delete(id);
    const { freshForMs } = this.options;
    return freshForMs === undefined || Date.now() - entry.at < freshForMs ? entry.value : undefined;
  }
}
