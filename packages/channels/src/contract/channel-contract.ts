// The suite every channel runs (`describeChannelContract("WhatsApp", () => setup)` in its own test file):
// the same promises about signatures, handshakes, webhook parsing and limit checks, whatever the platform.
import { describe, expect, it } from "vitest";
import type { Channel, OutboundMessage } from "@switchboard/core";

/** What a channel's test file supplies so the shared suite can exercise it. */
export interface ChannelContractSetup<Account> {
  channel: Channel<Account>;
  /** An account whose webhook secret is `secret`. */
  account: Account;
  /** The account's webhook signing secret (app secret, channel secret…). */
  secret: string;
  /** The headers the platform would send with `rawBody` signed by `secret`. */
  sign(rawBody: Buffer, secret: string): Headers;
  /** A webhook body holding exactly one inbound text message. */
  textWebhook: unknown;
  /** The text of that message. */
  text: string;
  /** A webhook body holding exactly one delivery status. */
  statusWebhook: unknown;
  /** A message breaking this platform's limits in `expectedViolations` ways. */
  overLimitMessage: OutboundMessage;
  expectedViolations: number;
  /** The platform's subscription handshake; omit when it has none (every query then gets no answer). */
  handshake?: {
    verifyToken: string;
    challenge: string;
    /** The query the platform sends to verify the callback with `verifyToken`. */
    query(verifyToken: string, challenge: string): URLSearchParams;
  };
}

const bytesOf = (body: unknown) => Buffer.from(JSON.stringify(body), "utf8");

/** Registers the shared channel contract for one channel; `setup` is called afresh for every test. */
export function describeChannelContract<Account>(
  name: string,
  setup: () => ChannelContractSetup<Account>,
): void {
  describe(`${name} honours the channel contract`, () => {
    it("accepts a correctly signed body", () => {
      const s = setup();
      const raw = bytesOf(s.textWebhook);
      expect(s.channel.isAuthentic(raw, s.sign(raw, s.secret), s.account)).toBe(true);
    });

    it("refuses a body signed with another secret", () => {
      const s = setup();
      const raw = bytesOf(s.textWebhook);
      expect(s.channel.isAuthentic(raw, s.sign(raw, `${s.secret}-other`), s.account)).toBe(false);
    });

    it("refuses a body changed after signing and a request without a signature", () => {
      const s = setup();
      const raw = bytesOf(s.textWebhook);
      const headers = s.sign(raw, s.secret);
      const changed = Buffer.concat([raw, Buffer.from(" ")]);
      expect(s.channel.isAuthentic(changed, headers, s.account)).toBe(false);
      expect(s.channel.isAuthentic(raw, new Headers(), s.account)).toBe(false);
    });

    it("turns one text webhook into exactly one message event", () => {
      const s = setup();
      const events = s.channel.parseWebhook(s.textWebhook);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: "message",
        channel: s.channel.kind,
        content: { kind: "text", text: s.text },
      });
      const [event] = events;
      if (event?.type !== "message") return;
      expect(event.providerMessageId).not.toBe("");
      expect(event.accountExternalId).not.toBe("");
      expect(Number.isFinite(event.timestamp)).toBe(true);
    });

    it("parses a status webhook", () => {
      const s = setup();
      const events = s.channel.parseWebhook(s.statusWebhook);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: "status", channel: s.channel.kind });
      const [event] = events;
      if (event?.type !== "status") return;
      expect(event.providerMessageId).not.toBe("");
      expect(["sent", "delivered", "read", "failed", "played"]).toContain(event.status);
    });

    it("returns no events, and does not throw, for bodies that are not its webhooks", () => {
      const { channel } = setup();
      for (const body of [undefined, null, "", "text", 0, [], {}, { object: "unknown", entry: [] }]) {
        expect(channel.parseWebhook(body)).toEqual([]);
      }
    });

    it("answers the handshake only with the right token", () => {
      const s = setup();
      if (!s.handshake) {
        const query = new URLSearchParams({
          "hub.mode": "subscribe",
          "hub.challenge": "1",
          "hub.verify_token": "x",
        });
        expect(s.channel.answerHandshake(query, s.account)).toBeUndefined();
        return;
      }
      const { verifyToken, challenge, query } = s.handshake;
      expect(s.channel.answerHandshake(query(verifyToken, challenge), s.account)).toBe(challenge);
      expect(s.channel.answerHandshake(query(`${verifyToken}x`, challenge), s.account)).toBeUndefined();
      expect(s.channel.answerHandshake(query("", challenge), s.account)).toBeUndefined();
      expect(s.channel.answerHandshake(new URLSearchParams(), s.account)).toBeUndefined();
    });

    it("reports every broken limit with its path instead of truncating", () => {
      const s = setup();
      const before = structuredClone(s.overLimitMessage);
      const result = s.channel.compile(s.overLimitMessage);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toHaveLength(s.expectedViolations);
      for (const violation of result.error) {
        expect(violation.path, violation.message).not.toBe("");
        expect(violation.rule, violation.message).not.toBe("");
        expect(violation.message).toContain(violation.path);
      }
      expect(s.overLimitMessage).toEqual(before);
    });
  });
}
