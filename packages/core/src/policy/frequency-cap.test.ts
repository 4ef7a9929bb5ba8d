import { describe, expect, it } from "vitest";
import { frequencyCapBreach } from "./frequency-cap.js";

const DAY = 86_400_000;
const now = Date.parse("2026-05-01T12:00:00Z");
const hoursAgo = (h: number) => now - h * 3_600_000;
const marketingCap = { topic: "marketing", max: 3, perMs: DAY };

describe("frequencyCapBreach", () => {
  it.each([
    ["N-1 sends: the Nth is allowed", [1, 2], undefined],
    ["N sends: the N+1th is refused", [1, 2, 3], { count: 3, releaseAt: hoursAgo(3) + DAY }],
    ["N+1 sends: release waits for two to leave", [1, 2, 3, 4], { count: 4, releaseAt: hoursAgo(3) + DAY }],
    ["a send exactly one span ago no longer counts", [1, 2, 24], undefined],
    ["a send just inside the span counts", [1, 2, 23.99], { count: 3, releaseAt: hoursAgo(23.99) + DAY }],
  ])("%s", (_name, ages, expected) => {
    const sends = ages.map((h) => ({ topic: "marketing", at: hoursAgo(h) }));
    const breach = frequencyCapBreach([marketingCap], "marketing", sends, now);
    expect(breach && { count: breach.count, releaseAt: breach.releaseAt }).toEqual(expected);
  });

  it("counts only sends of the cap's topic", () => {
    const sends = [1, 2, 3].map((h) => ({ topic: "order_updates", at: hoursAgo(h) }));
    expect(frequencyCapBreach([marketingCap], "marketing", sends, now)).toBeUndefined();
    expect(frequencyCapBreach([marketingCap], "order_updates", sends, now)).toBeUndefined();
  });

  it("an all cap counts every send, with or without a topic", () => {
    const sends = [{ topic: "order_updates", at: hoursAgo(1) }, { at: hoursAgo(2) }];
    const breach = frequencyCapBreach([{ topic: "all", max: 2, perMs: DAY }], undefined, sends, now);
    expect(breach?.count).toBe(2);
  });

  it("reports the cap that stays broken longest", () => {
    const sends = [1, 30].map((h) => ({ topic: "marketing", at: hoursAgo(h) }));
    const weekly = { topic: "marketing", max: 2, perMs: 7 * DAY };
    const daily = { topic: "marketing", max: 1, perMs: DAY };
    expect(frequencyCapBreach([daily, weekly], "marketing", sends, now)?.cap).toBe(weekly);
  });
});
