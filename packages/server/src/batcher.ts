/**
 * Turns many small requests into few batches: items submitted while the batches in flight run wait and go
 * together in the next one. Each batch is one call of `flushBatch`, which answers one result per item, in
 * order. A batch that fails is tried again item by item, so only the item at fault gets the error.
 */
export interface BatcherOptions {
  /** Items in one batch at most. */
  maxBatch: number;
  /** Batches running at once at most. */
  maxInFlight: number;
}

interface Waiting<I, O> {
  item: I;
  resolve: (result: O) => void;
  reject: (error: unknown) => void;
}

export class Batcher<I, O> {
  private readonly waiting: Waiting<I, O>[] = [];
  private inFlight = 0;

  constructor(
    private readonly flushBatch: (items: I[]) => Promise<O[]>,
    private readonly options: BatcherOptions,
  ) {
    if (!(options.maxBatch >= 1 && options.maxInFlight >= 1)) {
      throw new Error("A batcher needs maxBatch and maxInFlight of at least 1");
    }
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.inFlight < this.options.maxInFlight) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.inFlight += 1;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.options.maxBatch);
        await this.flush(batch);
      }
    } finally {
      this.inFlight -= 1;
    }
  }

  private async flush(batch: Waiting<I, O>[]): Promise<void> {
    let results: O[];
    try {
      results = await this.flushBatch(batch.map((waiting) => waiting.item));
      if (results.length !== batch.length) {
        throw new Error(`A batch of ${batch.length} items answered ${results.length} results`);
      }
    } catch (error) {
      const only = batch[0];
      if (batch.length === 1 && only !== undefined) {
        only.reject(error);
        return;
      }
      await Promise.all(batch.map((waiting) => this.flush([waiting])));
      return;
    }
    results.forEach((result, index) => batch[index]?.resolve(result));
  }
}
