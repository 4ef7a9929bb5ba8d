import { describe, expect, it } from "vitest";
import { periodOf, sendPolicyDraftOf, sendPolicyFieldOf, sendPolicyOf, wordsOf } from "./send-policy-draft";

describe("periodOf", () => {
  it("picks the largest unit that divides the span", () => {
    expect(periodOf(86_400_000 * 7)).toEqual({ per: "7", unit: "days" });
    expect(periodOf(3_600_000 * 36)).toEqual({ per: "36", unit: "hours" });
    expect(periodOf(90 * 60_000)).toEqual({ per: "90", unit: "minutes" });
    expect(periodOf(30_000)).toEqual({ per: "0.5", unit: "minutes" });
  });
});

describe("send policy draft", () => {
  const settings = {
    quietHours: { start: "22:00", end: "08:00", timeZone: "Asia/Hong_Kong" },
    frequencyCaps: [
      { topic: "all", max: 3, perMs: 86_400_000 * 7 },
      { topic: "promotions", max: 1, perMs: 3_600_000 * 12 },
    ],
  };

  it("round-trips stored settings", () => {
    expect(sendPolicyOf(sendPolicyDraftOf(settings, "Asia/Taipei"))).toEqual(settings);
  });

  it("starts switched off with default hours in the browser's zone, and leaves quiet hours out when off", () => {
    const draft = sendPolicyDraftOf({}, "Asia/Taipei");
    expect(draft).toEqual({
      quietHoursOn: false,
      start: "22:00",
      end: "08:00",
      timeZone: "Asia/Taipei",
      caps: [],
      optOutWords: "",
      optInWords: "",
    });
    expect(sendPolicyOf(draft)).toEqual({ frequencyCaps: [] });
    expect(sendPolicyOf({ ...draft, quietHoursOn: true, timeZone: " Asia/Taipei " })).toEqual({
      frequencyCaps: [],
      quietHours: { start: "22:00", end: "08:00", timeZone: "Asia/Taipei" },
    });
  });

  it("converts each cap's period to milliseconds and sends blank numbers as 0", () => {
    const draft = sendPolicyDraftOf({}, "UTC");
    const caps = [
      { topic: " news ", max: "2", per: "30", unit: "minutes" as const },
      { topic: "all", max: "", per: "", unit: "days" as const },
    ];
    expect(sendPolicyOf({ ...draft, caps }).frequencyCaps).toEqual([
      { topic: "news", max: 2, perMs: 1_800_000 },
      { topic: "all", max: 0, perMs: 0 },
    ]);
  });
});

describe("sendPolicyFieldOf", () => {
  it("maps quiet hours and cap paths, with or without the sendPolicy prefix", () => {
    expect(sendPolicyFieldOf("sendPolicy.quietHours.timeZone")).toBe("timeZone");
    expect(sendPolicyFieldOf("quietHours.start")).toBe("start");
    expect(sendPolicyFieldOf("sendPolicy.quietHours")).toBe("quietHours");
    expect(sendPolicyFieldOf("sendPolicy.frequencyCaps[1].perMs")).toBe("cap.1.per");
    expect(sendPolicyFieldOf("frequencyCaps[0].max")).toBe("cap.0.max");
    expect(sendPolicyFieldOf("sendPolicy.frequencyCaps[0]")).toBe("caps");
    expect(sendPolicyFieldOf("sendPolicy")).toBeUndefined();
    expect(sendPolicyFieldOf("defaultReply.text")).toBeUndefined();
  });
});

describe("opt-out and opt-in words", () => {
  it("reads one word per line, with an optional topic, and keeps them through a round trip", () => {
    expect(wordsOf("STOP\n\n  退訂 \nNO PROMO = marketing\n")).toEqual([
      { keyword: "STOP", topic: "all" },
      { keyword: "退訂", topic: "all" },
      { keyword: "NO PROMO", topic: "marketing" },
    ]);
    const settings = {
      frequencyCaps: [],
      optOutKeywords: [
        { keyword: "STOP", topic: "all" },
        { keyword: "NO PROMO", topic: "marketing" },
      ],
      optInKeywords: [{ keyword: "訂閱", topic: "all" }],
    };
    expect(sendPolicyOf(sendPolicyDraftOf(settings, "Asia/Taipei"))).toEqual(settings);
    expect(sendPolicyFieldOf("sendPolicy.optOutKeywords[1].keyword")).toBe("optOutWords");
  });
});
