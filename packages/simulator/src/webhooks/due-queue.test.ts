import { describe, expect, it } from "vitest";
import { DueQueue } from "./due-queue.js";

describe("DueQueue", () => {
  it("hands out entries by due time, together when due together, in insertion order", async () => {
    const batches: string[][] = [];
    const queue = new DueQueue<string>((entries) => batches.push(entries));
    const now = Date.now();
    queue.schedule(now + 60, "late");
    queue.schedule(now + 20, "a");
    queue.schedule(now + 20, "b");
    queue.schedule(now + 40, "middle");
    expect(queue.size).toBe(4);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(batches.flat()).toEqual(["a", "b", "middle", "late"]);
    expect(batches[0]).toEqual(["a", "b"]);
    expect(queue.size).toBe(0);
    queue.close();
  });

  it("drops everything when closed", async () => {
    const seen: number[] = [];
    const queue = new DueQueue<number>((entries) => seen.push(...entries));
    queue.schedule(Date.now() + 10, 1);
    queue.close();
    queue.schedule(Date.now(), 2);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(seen).toEqual([]);
  });
});
