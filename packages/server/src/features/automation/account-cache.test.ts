import { describe, expect, it } from "vitest";
import { AccountCache } from "./account-cache.js";

function counter() {
  let loads = 0;
  return {
    load: async () => {
      loads += 1;
      return loads;
    },
    get loads() {
      return loads;
    },
  };
}

describe("AccountCache", () => {
  it("reuses a value until it expires, per account", async () => {
    let now = 1_000;
    const cache = new AccountCache<number>(5_000, () => now);
    const source = counter();
    expect(await cache.get("a", source.load)).toBe(1);
    now += 4_999;
    expect(await cache.get("a", source.load)).toBe(1);
    expect(await cache.get("b", source.load)).toBe(2);
    now += 1;
    expect(await cache.get("a", source.load)).toBe(3);
    expect(source.loads).toBe(3);
  });

  it("loads again after the account's entry is dropped", async () => {
    const cache = new AccountCache<number>(5_000, () => 0);
    const source = counter();
    await cache.get("a", source.load);
    cache.drop("a");
    expect(await cache.get("a", source.load)).toBe(2);
  });

  it("shares one load between concurrent callers and forgets a failed load", async () => {
    const cache = new AccountCache<number>(5_000, () => 0);
    const source = counter();
    const [first, second] = await Promise.all([cache.get("a", source.load), cache.get("a", source.load)]);
    expect([first, second]).toEqual([1, 1]);
    cache.drop("a");
    await expect(cache.get("a", () => Promise.reject(new Error("database down")))).rejects.toThrow(
      "database down",
    );
    expect(await cache.get("a", source.load)).toBe(2);
  });
});
