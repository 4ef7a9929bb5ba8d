import { describe, expect, it } from "vitest";
import type { PostbackEvent, ReferralEvent } from "@switchboard/core";
import { postbackAsMessage, referralAsMessage } from "./channel-event-as-message.js";

const postback = (payload: string, extra: Partial<PostbackEvent> = {}): PostbackEvent => ({
  type: "postback",
  channel: "messenger",
  accountExternalId: "310000000000001",
  providerEventId: "m_postback_1",
  sender: { externalId: "7100000000000001" },
  timestamp: 1_790_000_000_000,
  payload,
  raw: { postback: { payload } },
  ...extra,
});

describe("postbackAsMessage", () => {
  it("turns Get Started into a welcome request, keeping the event id, sender and time", () => {
    const { message, entry } = postbackAsMessage(postback("get_started", { title: "Get Started" }));
    expect(message).toMatchObject({
      type: "message",
      channel: "messenger",
      providerMessageId: "m_postback_1",
      sender: { externalId: "7100000000000001" },
      timestamp: 1_790_000_000_000,
      content: { kind: "welcome_request" },
    });
    expect(entry).toBe(undefined);
  });

  it("enters through the ref code when Get Started came from an m.me link", () => {
    const { message, entry } = postbackAsMessage(
      postback("get_started", { referral: { ref: "AUTUMN", sourceType: "SHORTLINK" } }),
    );
    expect(message.content).toEqual({ kind: "welcome_request" });
    expect(message.referral).toEqual({ ref: "AUTUMN", sourceType: "SHORTLINK" });
    expect(entry).toEqual({ kind: "ref", code: "AUTUMN" });
  });

  it("opens the module a menu payload names", () => {
    const { message, entry } = postbackAsMessage(postback("module:prices", { title: "Prices" }));
    expect(message.content).toEqual({
      kind: "choice_reply",
      via: "button",
      optionId: "module:prices",
      title: "Prices",
    });
    expect(entry).toEqual({ kind: "module", moduleId: "prices" });
  });

  it("answers the choice any other payload names, titled with the payload when the tap has no label", () => {
    const { message, entry } = postbackAsMessage(postback("book"));
    expect(message.content).toEqual({ kind: "choice_reply", via: "button", optionId: "book", title: "book" });
    expect(entry).toBe(undefined);
  });
});

describe("referralAsMessage", () => {
  const referral = (ref: string | undefined): ReferralEvent => ({
    type: "referral",
    channel: "messenger",
    accountExternalId: "310000000000001",
    providerEventId: "referral:7100000000000001:1790000000000",
    sender: { externalId: "7100000000000001" },
    timestamp: 1_790_000_000_000,
    referral: { sourceType: "SHORTLINK", ...(ref === undefined ? {} : { ref }) },
    raw: {},
  });

  it("keeps the arrival as a system message and enters through its ref", () => {
    const { message, entry } = referralAsMessage(referral("AUTUMN"));
    expect(message.content).toEqual({
      kind: "system",
      systemType: "referral",
      body: "Came back through SHORTLINK with ref AUTUMN",
    });
    expect(message.providerMessageId).toBe("referral:7100000000000001:1790000000000");
    expect(entry).toEqual({ kind: "ref", code: "AUTUMN" });
  });

  it("has no entry when the link carried no ref", () => {
    expect(referralAsMessage(referral(undefined)).entry).toBe(undefined);
  });
});
