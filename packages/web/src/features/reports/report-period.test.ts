import { describe, expect, it } from "vitest";
import { customPeriod, dateInputValue, presetPeriod } from "./report-period";

const now = new Date(2026, 4, 14, 15, 30).getTime();
const midnight = (y: number, m: number, d: number) => new Date(y, m, d).getTime();

describe("report periods", () => {
  it("ends every preset at the end of today", () => {
    expect(presetPeriod("today", now)).toEqual({ from: midnight(2026, 4, 14), to: midnight(2026, 4, 15) });
    expect(presetPeriod("last7", now)).toEqual({ from: midnight(2026, 4, 8), to: midnight(2026, 4, 15) });
    expect(presetPeriod("last30", now).from).toBe(midnight(2026, 3, 15));
    expect(presetPeriod("thisMonth", now).from).toBe(midnight(2026, 4, 1));
  });

  it("includes both days of a custom period and refuses reversed or missing dates", () => {
    expect(customPeriod("2026-05-01", "2026-05-03")).toEqual({
      from: midnight(2026, 4, 1),
      to: midnight(2026, 4, 4),
    });
    expect(customPeriod("2026-05-03", "2026-05-01")).toBeNull();
    expect(customPeriod("", "2026-05-01")).toBeNull();
  });

  it("writes the date a date input shows", () => {
    expect(dateInputValue(now)).toBe("2026-05-14");
  });
});
