import { describe, expect, it } from "vitest";
import { SendPolicySettingsSchema } from "./send-policy-settings.js";

describe("SendPolicySettingsSchema", () => {
  it("accepts quiet hours across midnight and caps", () => {
    const settings = {
      quietHours: { start: "22:00", end: "08:00", timeZone: "Asia/Taipei" },
      frequencyCaps: [{ topic: "marketing", max: 2, perMs: 86_400_000 }],
    };
    expect(SendPolicySettingsSchema.parse(settings)).toEqual(settings);
    expect(SendPolicySettingsSchema.parse({})).toEqual({});
  });

  it.each([
    [
      "an hour past 23",
      { quietHours: { start: "24:00", end: "08:00", timeZone: "Asia/Taipei" } },
      "quietHours.start",
    ],
    [
      "a time without a leading zero",
      { quietHours: { start: "22:00", end: "8:00", timeZone: "Asia/Taipei" } },
      "quietHours.end",
    ],
    [
      "an unknown zone",
      { quietHours: { start: "22:00", end: "08:00", timeZone: "Mars/Olympus" } },
      "quietHours.timeZone",
    ],
    ["a zero cap", { frequencyCaps: [{ topic: "marketing", max: 0, perMs: 1000 }] }, "frequencyCaps.0.max"],
  ])("refuses %s", (_name, settings, path) => {
    const result = SendPolicySettingsSchema.safeParse(settings);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(path);
  });
});
