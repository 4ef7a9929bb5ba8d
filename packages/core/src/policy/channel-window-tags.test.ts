import { describe, expect, it } from "vitest";
import type { ChannelKind } from "../message/inbound-event.js";
import { decideChannelWindow } from "./channel-window.js";
import type { SendPurpose } from "./send-decision.js";

const H = 3_600_000;
const now = Date.parse("2026-05-10T12:00:00Z");
const ago = (ms: number) => now - ms;

describe("decideChannelWindow with a requested tag", () => {
  type TagCase = [string, ChannelKind, SendPurpose, string, number, Record<string, unknown>];
  const tagCases: TagCase[] = [
    [
      "agent asks HUMAN_AGENT within 24 h",
      "messenger",
      "agent",
      "HUMAN_AGENT",
      ago(1 * H),
      { allowed: true, messagingType: "MESSAGE_TAG", tag: "HUMAN_AGENT" },
    ],
    [
      "agent asks HUMAN_AGENT at 7 days",
      "instagram",
      "agent",
      "HUMAN_AGENT",
      ago(168 * H),
      { allowed: false, code: "human_agent_window_closed" },
    ],
    [
      "bot asks HUMAN_AGENT",
      "messenger",
      "automation",
      "HUMAN_AGENT",
      ago(30 * H),
      {
        allowed: false,
        code: "tag_not_allowed",
        fallback: { kind: "human_agent_tag", until: ago(30 * H) + 168 * H },
      },
    ],
    [
      "broadcast asks HUMAN_AGENT",
      "instagram",
      "broadcast",
      "HUMAN_AGENT",
      ago(1 * H),
      { allowed: false, code: "tag_not_allowed" },
    ],
    [
      "retired POST_PURCHASE_UPDATE",
      "messenger",
      "notification",
      "POST_PURCHASE_UPDATE",
      ago(30 * H),
      { allowed: false, code: "tag_not_allowed" },
    ],
    [
      "retired CONFIRMED_EVENT_UPDATE",
      "messenger",
      "agent",
      "CONFIRMED_EVENT_UPDATE",
      ago(200 * H),
      { allowed: false, code: "tag_not_allowed", fallback: { kind: "none" } },
    ],
    [
      "tags mean nothing on WhatsApp",
      "whatsapp",
      "automation",
      "ACCOUNT_UPDATE",
      ago(1 * H),
      { allowed: true },
    ],
    ["tags mean nothing on LINE", "line", "broadcast", "HUMAN_AGENT", ago(1000 * H), { allowed: true }],
  ];
  it.each(tagCases)("%s", (_name, channel, purpose, requestedTag, lastInboundAt, expected) => {
    const decision = decideChannelWindow({
      channel,
      purpose,
      requestedTag,
      message: { kind: "text" },
      lastInboundAt,
      now,
    });
    expect(decision).toMatchObject(expected);
  });
});
