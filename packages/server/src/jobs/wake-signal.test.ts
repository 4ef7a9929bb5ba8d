import { describe, expect, it } from "vitest";
import { WakeSignal } from "./wake-signal.js";

describe("WakeSignal", () => {
  it("keeps a notification made before the wait", async () => {
    const signal = new WakeSignal();
    signal.notify();
    const started = Date.now();
    await signal.wait(1_000);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it("wakes a waiting loop on notify, and after the timeout otherwise", async () => {
    const signal = new WakeSignal();
    const woken = signal.wait(5_000);
    signal.notify();
    await woken;
    const started = Date.now();
    await signal.wait(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it("forgets a notification that was cleared", async () => {
    const signal = new WakeSignal();
    signal.notify();
    signal.clear();
    const started = Date.now();
    await signal.wait(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});
