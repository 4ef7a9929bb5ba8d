import { ChannelError } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { toSendApiRequest } from "./compile-request.js";

const message = { text: "Saturday 2 pm is free." };

function refusal(run: () => unknown): ChannelError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChannelError) return error;
    throw error;
  }
  throw new Error("expected a ChannelError");
}

describe("toSendApiRequest", () => {
  it("addresses a PSID with the policy's messaging_type", () => {
    expect(
      toSendApiRequest(message, { recipient: { psid: "6783475981684362" }, messagingType: "RESPONSE" }),
    ).toEqual({
      recipient: { id: "6783475981684362" },
      messaging_type: "RESPONSE",
      message,
    });
  });

  it("adds HUMAN_AGENT with MESSAGE_TAG, the quoted message and our metadata", () => {
    expect(
      toSendApiRequest(message, {
        recipient: { psid: "6783475981684362" },
        messagingType: "MESSAGE_TAG",
        tag: "HUMAN_AGENT",
        replyToProviderId: "m_in",
        metadata: "msg_01J2Z3X4Y5",
      }),
    ).toEqual({
      recipient: { id: "6783475981684362" },
      messaging_type: "MESSAGE_TAG",
      tag: "HUMAN_AGENT",
      message: { ...message, metadata: "msg_01J2Z3X4Y5" },
      reply_to: { mid: "m_in" },
    });
  });

  it("answers a comment privately with recipient comment_id", () => {
    expect(
      toSendApiRequest(message, { recipient: { commentId: "122104562318001_1043215687234567" } }),
    ).toEqual({
      recipient: { comment_id: "122104562318001_1043215687234567" },
      message,
    });
  });

  it.each(["CONFIRMED_EVENT_UPDATE", "POST_PURCHASE_UPDATE", "ACCOUNT_UPDATE", "SHIPPING_UPDATE"])(
    "refuses the retired tag %s as Meta does (code 100, not retryable)",
    (tag) => {
      const error = refusal(() =>
        toSendApiRequest(message, { recipient: { psid: "1" }, messagingType: "MESSAGE_TAG", tag }),
      );
      expect(error).toMatchObject({ retryable: false, platformCode: 100, code: "channel_tag_not_allowed" });
      expect(error.message).toContain(`${tag} is retired`);
    },
  );

  it("refuses a tag without MESSAGE_TAG, MESSAGE_TAG without a tag, a PSID without messaging_type and long metadata", () => {
    const psid = { psid: "1" };
    expect(
      refusal(() =>
        toSendApiRequest(message, { recipient: psid, messagingType: "RESPONSE", tag: "HUMAN_AGENT" }),
      ).message,
    ).toContain("needs messaging_type MESSAGE_TAG");
    expect(
      refusal(() => toSendApiRequest(message, { recipient: psid, messagingType: "MESSAGE_TAG" })).message,
    ).toContain("needs a tag");
    expect(refusal(() => toSendApiRequest(message, { recipient: psid })).message).toContain(
      "needs the send policy's messaging_type",
    );
    expect(() =>
      toSendApiRequest(message, { recipient: psid, messagingType: "UPDATE", metadata: "m".repeat(1000) }),
    ).not.toThrow();
    expect(
      refusal(() =>
        toSendApiRequest(message, { recipient: psid, messagingType: "UPDATE", metadata: "m".repeat(1001) }),
      ).message,
    ).toContain("1001 characters");
  });
});
