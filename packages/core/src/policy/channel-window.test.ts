import { describe, expect, it } from "vitest";
import type { ChannelKind } from "../message/inbound-event.js";
import type { OutboundMessageKind } from "../message/outbound-message.js";
import { decideChannelWindow } from "./channel-window.js";
import type { SendPurpose } from "./send-decision.js";

const H = 3_600_000;
const now = Date.parse("2026-05-10T12:00:00Z");
const ago = (ms: number) => now - ms;

type Case = [
  name: string,
  channel: ChannelKind,
  purpose: SendPurpose,
  kind: OutboundMessageKind,
  lastInboundAt: number | null,
  expected: Record<string, unknown>,
];

const cases: Case[] = [
  // WhatsApp: free-form only within 24 h; templates always pass the window.
  ["wa text just inside 24 h", "whatsapp", "automation", "text", ago(24 * H - 1), { allowed: true }],
  [
    "wa text at exactly 24 h",
    "whatsapp",
    "automation",
    "text",
    ago(24 * H),
    { code: "window_closed", fallback: { kind: "template" } },
  ],
  [
    "wa agent text after 24 h",
    "whatsapp",
    "agent",
    "text",
    ago(30 * H),
    { code: "window_closed", fallback: { kind: "template" } },
  ],
  [
    "wa text never wrote",
    "whatsapp",
    "notification",
    "choices",
    null,
    { code: "window_closed", fallback: { kind: "template" } },
  ],
  ["wa template never wrote", "whatsapp", "broadcast", "template", null, { allowed: true }],
  ["wa template after 30 days", "whatsapp", "notification", "template", ago(720 * H), { allowed: true }],
  // Messenger: RESPONSE for replies and UPDATE for business-initiated sends within 24 h.
  [
    "fb agent within 24 h",
    "messenger",
    "agent",
    "text",
    ago(1 * H),
    { allowed: true, messagingType: "RESPONSE" },
  ],
  [
    "fb bot within 24 h",
    "messenger",
    "automation",
    "media",
    ago(24 * H - 1),
    { allowed: true, messagingType: "RESPONSE" },
  ],
  [
    "fb broadcast within 24 h",
    "messenger",
    "broadcast",
    "text",
    ago(2 * H),
    { allowed: true, messagingType: "UPDATE" },
  ],
  [
    "fb notification within 24 h",
    "messenger",
    "notification",
    "text",
    ago(2 * H),
    { allowed: true, messagingType: "UPDATE" },
  ],
  // HUMAN_AGENT: only a human agent, from 24 h up to (not including) 7 days.
  [
    "fb agent at exactly 24 h",
    "messenger",
    "agent",
    "text",
    ago(24 * H),
    { allowed: true, messagingType: "MESSAGE_TAG", tag: "HUMAN_AGENT" },
  ],
  [
    "fb agent just inside 7 days",
    "messenger",
    "agent",
    "text",
    ago(168 * H - 1),
    { allowed: true, messagingType: "MESSAGE_TAG", tag: "HUMAN_AGENT" },
  ],
  [
    "fb agent at exactly 7 days",
    "messenger",
    "agent",
    "text",
    ago(168 * H),
    { code: "human_agent_window_closed", fallback: { kind: "none" } },
  ],
  [
    "fb agent never wrote",
    "messenger",
    "agent",
    "text",
    null,
    { code: "human_agent_window_closed", fallback: { kind: "none" } },
  ],
  [
    "fb bot at exactly 24 h",
    "messenger",
    "automation",
    "text",
    ago(24 * H),
    { code: "window_closed", fallback: { kind: "human_agent_tag", until: ago(24 * H) + 168 * H } },
  ],
  [
    "fb broadcast after 3 days",
    "messenger",
    "broadcast",
    "text",
    ago(72 * H),
    { code: "window_closed", fallback: { kind: "human_agent_tag", until: ago(72 * H) + 168 * H } },
  ],
  [
    "fb notification after 8 days",
    "messenger",
    "notification",
    "text",
    ago(192 * H),
    { code: "window_closed", fallback: { kind: "none" } },
  ],
  // Instagram follows Messenger.
  [
    "ig agent within 24 h",
    "instagram",
    "agent",
    "text",
    ago(23 * H),
    { allowed: true, messagingType: "RESPONSE" },
  ],
  [
    "ig agent after 2 days",
    "instagram",
    "agent",
    "text",
    ago(48 * H),
    { allowed: true, messagingType: "MESSAGE_TAG", tag: "HUMAN_AGENT" },
  ],
  [
    "ig agent at exactly 7 days",
    "instagram",
    "agent",
    "text",
    ago(168 * H),
    { code: "human_agent_window_closed" },
  ],
  [
    "ig bot after 2 days",
    "instagram",
    "automation",
    "text",
    ago(48 * H),
    { code: "window_closed", fallback: { kind: "human_agent_tag", until: ago(48 * H) + 168 * H } },
  ],
  [
    "ig broadcast never wrote",
    "instagram",
    "broadcast",
    "text",
    null,
    { code: "window_closed", fallback: { kind: "none" } },
  ],
  // LINE and web chat have no window.
  ["line broadcast never wrote", "line", "broadcast", "text", null, { allowed: true }],
  ["line bot after 30 days", "line", "automation", "choices", ago(720 * H), { allowed: true }],
  ["webchat agent after 30 days", "webchat", "agent", "text", ago(720 * H), { allowed: true }],
  ["webchat notification never wrote", "webchat", "notification", "text", null, { allowed: true }],
];

describe("decideChannelWindow", () => {
  it.each(cases)("%s", (_name, channel, purpose, kind, lastInboundAt, expected) => {
    const decision = decideChannelWindow({ channel, purpose, message: { kind }, lastInboundAt, now });
    if ("code" in expected) expect(decision).toMatchObject({ allowed: false, ...expected });
    else expect(decision).toEqual(expected);
  });

  it("treats isTemplate as a template whatever the kind", () => {
    const decision = decideChannelWindow({
      channel: "whatsapp",
      purpose: "notification",
      message: { kind: "text", isTemplate: true },
      lastInboundAt: null,
      now,
    });
    expect(decision).toEqual({ allowed: true });
  });

  it("gives no template pass on Messenger", () => {
    const decision = decideChannelWindow({
      channel: "messenger",
      purpose: "notification",
      message: { kind: "template" },
      lastInboundAt: null,
      now,
    });
    expect(decision).toMatchObject({ allowed: false, code: "window_closed" });
  });

  it("names the time of the last message and the hours since in the reason", () => {
    const decision = decideChannelWindow({
      channel: "whatsapp",
      purpose: "agent",
      message: { kind: "text" },
      lastInboundAt: ago(30 * H),
      now,
    });
    expect(decision.allowed ? "" : decision.reason).toContain("2026-05-09T06:00:00.000Z, 30 hours ago");
  });
});
