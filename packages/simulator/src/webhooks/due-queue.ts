/**
 * A timer queue for many small jobs: entries due in the same 10 ms slot share one bucket, the buckets sit
 * in a min-heap and a single timer waits for the earliest one. Due entries come out together, in order.
 */

const SLOT_MS = 10;

export class DueQueue<T> {
  private readonly buckets = new Map<number, T[]>();
  private readonly heap: number[] = [];
  private timer: NodeJS.Timeout | undefined;
  private timerSlot = Infinity;
  private closed = false;

  /** `onDue` receives every entry whose time has come, oldest slot first, insertion order within a slot. */
  constructor(
    private readonly onDue: (entries: T[]) => void,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    let total = 0;
    for (const bucket of this.buckets.values()) total += bucket.length;
    return total;
  }

  schedule(dueAt: number, entry: T): void {
    if (this.closed) return;
    const slot = Math.ceil(dueAt / SLOT_MS);
    const bucket = this.buckets.get(slot);
    if (bucket !== undefined) {
      bucket.push(entry);
      return;
    }
    this.buckets.set(slot, [entry]);
    this.push(slot);
    if (slot < this.timerSlot) this.arm();
  }

  close(): void {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.buckets.clear();
    this.heap.length = 0;
  }

  private arm(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    const slot = this.heap[0];
    if (slot === undefined) {
      this.timer = undefined;
      this.timerSlot = Infinity;
      return;
    }
    this.timerSlot = slot;
    this.timer = setTimeout(() => this.fire(), Math.max(0, slot * SLOT_MS - this.now()));
    this.timer.unref();
  }

  private fire(): void {
    this.timer = undefined;
    this.timerSlot = Infinity;
    const limit = Math.ceil(this.now() / SLOT_MS);
    const due: T[] = [];
    while (this.heap.length > 0 && (this.heap[0] ?? Infinity) <= limit) {
      const slot = this.pop();
      const bucket = this.buckets.get(slot);
      this.buckets.delete(slot);
      if (bucket !== undefined) for (const entry of bucket) due.push(entry);
    }
    this.arm();
    if (due.length > 0) this.onDue(due);
  }

  private push(slot: number): void {
    const heap = this.heap;
    heap.push(slot);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] ?? -Infinity;
      if (p <= slot) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = slot;
  }

  private pop(): number {
    const heap = this.heap;
    const top = heap[0] ?? Infinity;
    const last = heap.pop();
    if (last === undefined || heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const l = heap[left] ?? Infinity;
      const r = heap[right] ?? Infinity;
      const child = r < l ? right : left;
      const c = Math.min(l, r);
      if (c >= last) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}
