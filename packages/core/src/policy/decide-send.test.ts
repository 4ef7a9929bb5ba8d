import { describe, expect, it } from "vitest";
import { decideSend } from "./decide-send.js";
import { DAY, H, ago, night, request } from "./decide-send.fixture.js";
import type { OptOut, SendRequest } from "./send-decision.js";

const optOut = (topic: string): OptOut => ({
  topic,
  at: Date.parse("2026-04-01T00:00:00Z"),
  source: "keyword",
});

describe("decideSend: opt-outs", () => {
  type Case = [string, Partial<SendRequest>, OptOut[], number | null, string | undefined];
  const cases: Case[] = [
    [
      "marketing template after a marketing opt-out",
      { purpose: "broadcast", message: { kind: "template" } },
      [optOut("marketing")],
      null,
      "opted_out",
    ],
    [
      "marketing template with only an order opt-out",
      { purpose: "broadcast", message: { kind: "template" } },
      [optOut("order_updates")],
      null,
      undefined,
    ],
    [
      "order template after an order opt-out",
      { purpose: "notification", topic: "order_updates", message: { kind: "template" } },
      [optOut("order_updates")],
      null,
      "opted_out",
    ],
    [
      "order template after a marketing opt-out",
      { purpose: "notification", topic: "order_updates", message: { kind: "template" } },
      [optOut("marketing")],
      null,
      undefined,
    ],
    [
      "any template after an all opt-out",
      { purpose: "notification", topic: "order_updates", message: { kind: "template" } },
      [optOut("all")],
      null,
      "opted_out",
    ],
    [
      "bot reply within 24 h after an all opt-out",
      { purpose: "automation" },
      [optOut("all")],
      ago(1 * H),
      undefined,
    ],
    [
      "agent reply within 24 h after an all opt-out",
      { purpose: "agent", channel: "messenger" },
      [optOut("all")],
      ago(23 * H),
      undefined,
    ],
    [
      "agent HUMAN_AGENT reply after 2 days and an all opt-out",
      { purpose: "agent", channel: "messenger" },
      [optOut("all")],
      ago(48 * H),
      "opted_out",
    ],
    [
      "agent HUMAN_AGENT reply after 2 days and a marketing opt-out",
      { purpose: "agent", channel: "messenger" },
      [optOut("marketing")],
      ago(48 * H),
      undefined,
    ],
    [
      "broadcast in an open window after a marketing opt-out",
      { purpose: "broadcast", channel: "messenger" },
      [optOut("marketing")],
      ago(1 * H),
      "opted_out",
    ],
    [
      "LINE push after an all opt-out",
      { purpose: "notification", channel: "line", topic: "order_updates" },
      [optOut("all")],
      null,
      "opted_out",
    ],
    [
      "web chat push with no topic after a marketing opt-out",
      { purpose: "notification", channel: "webchat" },
      [optOut("marketing")],
      null,
      undefined,
    ],
  ];
  it.each(cases)("%s", (_name, overrides, optOuts, lastInboundAt, code) => {
    const decision = decideSend(request({ ...overrides, optOuts, lastInboundAt }));
    expect(decision.allowed ? undefined : decision.code).toBe(code);
  });

  it("wins over a closed window, with no fallback, and says when and how", () => {
    const decision = decideSend(request({ purpose: "notification", optOuts: [optOut("all")] }));
    expect(decision).toEqual({
      allowed: false,
      code: "opted_out",
      reason:
        "The contact opted out of all messages at 2026-04-01T00:00:00.000Z (source: keyword); only replies while they are writing may be sent.",
      fallback: { kind: "none" },
    });
  });
});

describe("decideSend: order of checks", () => {
  it("a closed window wins over a cap and quiet hours", () => {
    const decision = decideSend(
      request({
        purpose: "notification",
        topic: "order_updates",
        recentSends: [{ topic: "order_updates", at: ago(H) }],
        settings: { quietHours: night, frequencyCaps: [{ topic: "order_updates", max: 1, perMs: DAY }] },
      }),
    );
    expect(decision).toMatchObject({ code: "window_closed", fallback: { kind: "template" } });
  });

  it("returns Messenger's send options when everything passes", () => {
    const decision = decideSend(
      request({ channel: "messenger", purpose: "agent", lastInboundAt: ago(3 * DAY) }),
    );
    expect(decision).toEqual({ allowed: true, messagingType: "MESSAGE_TAG", tag: "HUMAN_AGENT" });
  });

  it("never gives a broadcast the HUMAN_AGENT tag", () => {
    const decision = decideSend(
      request({ channel: "instagram", purpose: "broadcast", lastInboundAt: ago(3 * DAY) }),
    );
    expect(decision).toMatchObject({ allowed: false, code: "window_closed" });
  });
});
