// Shared inputs for the send-policy tests: 23:30 in Asia/Taipei, 17:30 in Europe/Berlin.
import type { OptOut, SendRequest } from "./send-decision.js";

export const H = 3_600_000;
export const DAY = 24 * H;
export const now = Date.parse("2026-05-01T15:30:00Z");
export const ago = (ms: number): number => now - ms;
export const night = { start: "22:00", end: "08:00", timeZone: "Asia/Taipei" };

/** A contact who last wrote at `lastInboundAt` with no opt-outs. */
export const contact = (lastInboundAt: number | null): SendRequest["contact"] => ({
  lastInboundAt,
  optOuts: [],
});

/** An automated WhatsApp text to a contact who never wrote, with no account rules, changed by `overrides`. */
export function request(
  overrides: Partial<SendRequest> & { optOuts?: OptOut[]; lastInboundAt?: number | null },
): SendRequest {
  const { optOuts = [], lastInboundAt = null, ...rest } = overrides;
  return {
    channel: "whatsapp",
    message: { kind: "text" },
    purpose: "automation",
    contact: { lastInboundAt, optOuts },
    settings: {},
    recentSends: [],
    now,
    ...rest,
  };
}
