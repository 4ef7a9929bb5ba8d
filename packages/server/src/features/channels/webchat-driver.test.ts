import { describe, expect, it } from "vitest";
import { signWebchatBody } from "@switchboard/channels";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";
import { createWebchatDriver } from "./webchat-driver.js";

const account: ChannelAccountWithSecrets = {
  id: "acc1",
  channel: "webchat",
  name: "Shop chat",
  externalId: "wc_demo7f3a9c2e5b1d4f60",
  settings: {},
  secrets: { accessToken: "unused", appSecret: "identity-secret", verifyToken: "" },
  createdAt: 0,
  updatedAt: 0,
};

describe("the web chat driver", () => {
  const driver = createWebchatDriver();

  it("checks X-Webchat-Signature with the account's identity secret", () => {
    const raw = Buffer.from('{"object":"webchat","entry":[]}');
    const signature = signWebchatBody(raw, "identity-secret");
    expect(driver.isAuthentic(raw, { "x-webchat-signature": signature }, account)).toBe(true);
    expect(driver.isAuthentic(raw, { "x-webchat-signature": signWebchatBody(raw, "other") }, account)).toBe(
      false,
    );
    expect(driver.isAuthentic(raw, {}, account)).toBe(false);
  });

  it("sends by naming the message for the widget; nothing leaves the server", async () => {
    const receipt = await driver.send(
      account,
      "v_abc",
      { message: { type: "text", text: "Hi" } },
      { ownId: "m42", attempt: 1 },
    );
    expect(receipt).toEqual({ providerMessageId: "wc_m42", recipientExternalId: "v_abc" });
  });

  it("has no media to fetch and no handshake", async () => {
    await expect(driver.fetchMedia(account, "x")).rejects.toThrow("mediaId");
    expect(driver.answerHandshake(new URLSearchParams({ "hub.challenge": "1" }), account)).toBeUndefined();
  });
});
