import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { describeChannelContract } from "../contract/channel-contract.js";
import { loadLineFixture, loadLineFixtureBytes } from "./fixtures/index.js";
import { lineChannel } from "./line-channel.js";

const ACCOUNT = {
  botUserId: "Ub6f2e0c6a2d14e7a9c3f8d1e5b7a9c01",
  channelSecret: "8c1e4a2f6b9d3e7a0c5f2b8d4e6a1c9f",
};
const sign = (rawBody: Buffer, secret: string) =>
  new Headers({ "x-line-signature": createHmac("sha256", secret).update(rawBody).digest("base64") });

describeChannelContract("LINE", () => ({
  channel: lineChannel,
  account: ACCOUNT,
  secret: ACCOUNT.channelSecret,
  sign,
  textWebhook: loadLineFixture("message-text"),
  text: "Hello, I'd like to book a table for two",
  // LINE reports no delivery of ordinary messages; its one status is the LINE notification message
  // delivery completion event.
  statusWebhook: loadLineFixture("delivery"),
  overLimitMessage: {
    kind: "choices",
    style: "buttons",
    body: "Pick a time",
    sections: [
      {
        options: [
          { id: "a", title: "A title far longer than twenty" },
          { id: "b", title: "B" },
          { id: "c", title: "C" },
          { id: "d", title: "D" },
          { id: "e", title: "E" },
        ],
      },
    ],
  },
  expectedViolations: 2,
}));

describe("lineChannel", () => {
  it("reads the signature from X-Line-Signature over the exact bytes", () => {
    const raw = loadLineFixtureBytes("message-text");
    expect(lineChannel.isAuthentic(raw, sign(raw, ACCOUNT.channelSecret), ACCOUNT)).toBe(true);
    const other = new Headers({
      "x-hub-signature-256": sign(raw, ACCOUNT.channelSecret).get("x-line-signature") ?? "",
    });
    expect(lineChannel.isAuthentic(raw, other, ACCOUNT)).toBe(false);
  });

  it("compiles to the LINE messages of one call", () => {
    expect(lineChannel.compile({ kind: "text", text: "Hi" })).toEqual({
      ok: true,
      value: { messages: [{ type: "text", text: "Hi" }] },
    });
  });
});
