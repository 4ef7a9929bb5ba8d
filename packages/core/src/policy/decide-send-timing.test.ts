import { describe, expect, it } from "vitest";
import { decideSend } from "./decide-send.js";
import { DAY, H, ago, contact, night, request } from "./decide-send.fixture.js";
import type { SendRequest } from "./send-decision.js";

describe("decideSend: quiet hours", () => {
  type Case = [string, Partial<SendRequest>, number | null, Record<string, unknown>];
  const cases: Case[] = [
    [
      "WhatsApp template notification at 23:30 Taipei",
      { purpose: "notification", message: { kind: "template" } },
      null,
      { code: "quiet_hours", fallback: { kind: "wait_until", at: Date.parse("2026-05-02T00:00:00Z") } },
    ],
    [
      "LINE broadcast at 23:30 Taipei",
      { purpose: "broadcast", channel: "line" },
      null,
      { code: "quiet_hours" },
    ],
    [
      "Messenger HUMAN_AGENT reply at 23:30 Taipei",
      { purpose: "agent", channel: "messenger" },
      ago(30 * H),
      { code: "quiet_hours" },
    ],
    [
      "bot reply within 24 h at 23:30 Taipei",
      { purpose: "automation", channel: "line" },
      ago(10 * 60_000),
      { allowed: true },
    ],
    [
      "broadcast at 17:30 for a contact in Berlin",
      {
        purpose: "broadcast",
        channel: "line",
        contact: { lastInboundAt: null, optOuts: [], timeZone: "Europe/Berlin" },
      },
      null,
      { allowed: true },
    ],
    [
      "a contact time zone that Intl does not know falls back to the account's",
      {
        purpose: "broadcast",
        channel: "line",
        contact: { lastInboundAt: null, optOuts: [], timeZone: "UTC+8" },
      },
      null,
      { code: "quiet_hours" },
    ],
  ];
  it.each(cases)("%s", (_name, overrides, lastInboundAt, expected) => {
    const decision = decideSend(request({ lastInboundAt, ...overrides, settings: { quietHours: night } }));
    expect(decision).toMatchObject(expected);
  });

  it("follows the contact's zone across midnight in Berlin and names the local times", () => {
    const berlinNight = Date.parse("2026-05-01T21:15:00Z"); // 23:15 CEST
    const decision = decideSend(
      request({
        channel: "line",
        purpose: "broadcast",
        now: berlinNight,
        contact: { lastInboundAt: null, optOuts: [], timeZone: "Europe/Berlin" },
        settings: { quietHours: night },
      }),
    );
    expect(decision).toEqual({
      allowed: false,
      code: "quiet_hours",
      reason:
        "Quiet hours are 22:00–08:00 in Europe/Berlin and it is 23:15 there; sending is allowed again at 08:00 (2026-05-02T06:00:00.000Z).",
      fallback: { kind: "wait_until", at: Date.parse("2026-05-02T06:00:00Z") },
    });
  });
});

describe("decideSend: frequency caps", () => {
  const cap = { topic: "marketing", max: 2, perMs: DAY };
  const sends = (...hours: number[]) => hours.map((h) => ({ topic: "marketing", at: ago(h * H) }));
  type Case = [string, Partial<SendRequest>, Record<string, unknown>];
  const cases: Case[] = [
    ["N-1 sent: allowed", { recentSends: sends(3) }, { allowed: true }],
    [
      "N sent: refused until the oldest leaves",
      { recentSends: sends(3, 5) },
      { code: "frequency_cap", fallback: { kind: "wait_until", at: ago(5 * H) + DAY } },
    ],
    [
      "N sent, other topic: allowed",
      { topic: "order_updates", purpose: "notification", recentSends: sends(3, 5) },
      { allowed: true },
    ],
    ["N sent but one exactly a day ago: allowed", { recentSends: sends(3, 24) }, { allowed: true }],
    [
      "N sent, bot reply within 24 h: not capped",
      { purpose: "automation", topic: "marketing", contact: contact(ago(H)), recentSends: sends(3, 5) },
      { allowed: true },
    ],
    [
      "N sent, bot message 25 h after the customer's: capped",
      { purpose: "automation", topic: "marketing", contact: contact(ago(25 * H)), recentSends: sends(3, 5) },
      { code: "frequency_cap" },
    ],
  ];
  it.each(cases)("%s", (_name, overrides, expected) => {
    const base = request({ channel: "line", purpose: "broadcast", settings: { frequencyCaps: [cap] } });
    expect(decideSend({ ...base, ...overrides })).toMatchObject(expected);
  });

  it("wins over quiet hours and waits until both allow", () => {
    // The cap frees up at 22:30 Taipei tomorrow, inside quiet hours: wait for 08:00 the day after.
    const decision = decideSend(
      request({
        channel: "line",
        purpose: "broadcast",
        recentSends: sends(0.5, 1),
        settings: { frequencyCaps: [cap], quietHours: night },
      }),
    );
    expect(decision).toEqual({
      allowed: false,
      code: "frequency_cap",
      reason:
        'The contact already got 2 messages on "marketing" in the last day, the cap is 2; the next may go at 2026-05-03T00:00:00.000Z.',
      fallback: { kind: "wait_until", at: Date.parse("2026-05-03T00:00:00Z") },
    });
  });
});
