import { describe, expect, it } from "vitest";
import { Batcher } from "./batcher.js";

/** A flush that waits until released, so the test decides when a batch ends. */
function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe("Batcher", () => {
  it("answers each item with its own result, in order", async () => {
    const batcher = new Batcher<number, string>(async (items) => items.map((n) => `#${n}`), {
      maxBatch: 10,
      maxInFlight: 1,
    });
    expect(await Promise.all([1, 2, 3].map((n) => batcher.submit(n)))).toEqual(["#1", "#2", "#3"]);
  });

  it("gathers the items submitted while a batch runs into the next batch, up to maxBatch", async () => {
    const batches: number[][] = [];
    const first = gate();
    const batcher = new Batcher<number, number>(
      async (items) => {
        batches.push(items);
        if (batches.length === 1) await first.opened;
        return items;
      },
      { maxBatch: 3, maxInFlight: 1 },
    );
    const results = [batcher.submit(0)];
    for (let n = 1; n <= 5; n++) results.push(batcher.submit(n));
    first.open();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(batches).toEqual([[0], [1, 2, 3], [4, 5]]);
  });

  it("runs at most maxInFlight batches at once", async () => {
    let running = 0;
    let most = 0;
    const batcher = new Batcher<number, number>(
      async (items) => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        return items;
      },
      { maxBatch: 2, maxInFlight: 2 },
    );
    await Promise.all(Array.from({ length: 12 }, (_, n) => batcher.submit(n)));
    expect(most).toBe(2);
  });

  it("tries a failed batch item by item, so only the faulty item fails", async () => {
    const calls: number[][] = [];
    const first = gate();
    const batcher = new Batcher<number, number>(
      async (items) => {
        calls.push(items);
        if (calls.length === 1) await first.opened;
        if (items.includes(13)) throw new Error("13 is refused");
        return items.map((n) => n * 2);
      },
      { maxBatch: 10, maxInFlight: 1 },
    );
    const held = batcher.submit(1);
    const results = Promise.allSettled([12, 13, 14].map((n) => batcher.submit(n)));
    first.open();
    expect(await held).toBe(2);
    expect((await results).map((r) => (r.status === "fulfilled" ? r.value : String(r.reason)))).toEqual([
      24,
      "Error: 13 is refused",
      28,
    ]);
    expect(calls).toEqual([[1], [12, 13, 14], [12], [13], [14]]);
  });

  it("refuses a flush that answers a different number of results than items", async () => {
    const batcher = new Batcher<number, number>(async () => [], { maxBatch: 5, maxInFlight: 1 });
    await expect(batcher.submit(1)).rejects.toThrow("A batch of 1 items answered 0 results");
  });
});
