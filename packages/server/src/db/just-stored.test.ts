import { afterEach, describe, expect, it, vi } from "vitest";
import { JustStored } from "./just-stored.js";

describe("rows just stored", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives each row once, and nothing for a row never remembered", () => {
    const stored = new JustStored<string>({ max: 10 });
    stored.remember("a", "row a");
    expect(stored.take("a")).toBe("row a");
    expect(stored.take("a")).toBeUndefined();
    expect(stored.take("b")).toBeUndefined();
  });

  it("forgets the oldest beyond its size", () => {
    const stored = new JustStored<number>({ max: 2 });
    stored.remember("a", 1);
    stored.remember("b", 2);
    stored.remember("c", 3);
    expect([stored.take("a"), stored.take("b"), stored.take("c")]).toEqual([undefined, 2, 3]);
  });

  it("does not give a row once it is no longer fresh", () => {
    vi.useFakeTimers();
    const stored = new JustStored<string>({ max: 10, freshForMs: 1_000 });
    stored.remember("a", "row a");
    stored.remember("b", "row b");
    vi.advanceTimersByTime(999);
    expect(stored.take("a")).toBe("row a");
    vi.advanceTimersByTime(1);
    expect(stored.take("b")).toBeUndefined();
  });
});
