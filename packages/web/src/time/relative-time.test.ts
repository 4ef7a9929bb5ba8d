import { describe, expect, it } from "vitest";
import { daysBetween, formatClockTime, formatRelativeTime } from "./relative-time";

const now = Date.UTC(2026, 2, 12, 15, 30); // Thursday 12 March 2026, 15:30 UTC
const minutes = (n: number) => now - n * 60_000;
const hours = (n: number) => now - n * 3_600_000;

describe("formatRelativeTime", () => {
  it("says now under a minute, and for times slightly in the future", () => {
    expect(formatRelativeTime(now - 59_000, now, "en", "UTC")).toBe("now");
    expect(formatRelativeTime(now + 5_000, now, "en", "UTC")).toBe("now");
    expect(formatRelativeTime(now - 10_000, now, "zh-TW", "UTC")).toBe("剛剛");
  });

  it("counts whole minutes under an hour and whole hours under a day", () => {
    expect(formatRelativeTime(minutes(1), now, "en", "UTC")).toBe("1 min");
    expect(formatRelativeTime(minutes(59), now, "en", "UTC")).toBe("59 min");
    expect(formatRelativeTime(minutes(60), now, "en", "UTC")).toBe("1 h");
    expect(formatRelativeTime(hours(23), now, "zh-TW", "UTC")).toBe("23 小時");
  });

  it("says yesterday for the previous calendar day once a day has passed", () => {
    expect(formatRelativeTime(hours(25), now, "en", "UTC")).toBe("Yesterday");
    expect(formatRelativeTime(hours(25), now, "zh-TW", "UTC")).toBe("昨天");
  });

  it("names the weekday within a week", () => {
    expect(formatRelativeTime(hours(24 * 3), now, "en", "UTC")).toBe("Mon");
  });

  it("gives a date after a week, with the year only when it differs", () => {
    expect(formatRelativeTime(Date.UTC(2026, 0, 5, 9), now, "en", "UTC")).toBe("Jan 5");
    expect(formatRelativeTime(Date.UTC(2026, 0, 5, 9), now, "zh-TW", "UTC")).toBe("1月5日");
    expect(formatRelativeTime(Date.UTC(2025, 11, 24, 9), now, "en", "UTC")).toBe("Dec 24, 2025");
  });

  it("uses the calendar of the given time zone", () => {
    // 17:00 UTC on the 10th is 01:00 on the 11th in Hong Kong, where "now" is 23:30 on the 12th.
    const then = Date.UTC(2026, 2, 10, 17);
    expect(formatRelativeTime(then, now, "en", "Asia/Hong_Kong")).toBe("Yesterday");
    expect(formatRelativeTime(then, now, "en", "UTC")).toBe("Tue");
  });
});

describe("formatClockTime", () => {
  it("uses a 24-hour clock in both languages", () => {
    expect(formatClockTime(Date.UTC(2026, 2, 12, 14, 5), "en", "UTC")).toBe("14:05");
    expect(formatClockTime(Date.UTC(2026, 2, 12, 9, 7), "zh-TW", "UTC")).toBe("09:07");
  });
});

describe("daysBetween", () => {
  it("counts calendar days in the given time zone", () => {
    expect(daysBetween(Date.UTC(2026, 2, 12, 1), Date.UTC(2026, 2, 12, 23), "UTC")).toBe(0);
    expect(daysBetween(Date.UTC(2026, 2, 12, 23), Date.UTC(2026, 2, 13, 1), "UTC")).toBe(1);
    // 23:00 UTC on the 12th is already the 13th in Taipei.
    expect(daysBetween(Date.UTC(2026, 2, 12, 23), Date.UTC(2026, 2, 13, 1), "Asia/Taipei")).toBe(0);
  });
});
